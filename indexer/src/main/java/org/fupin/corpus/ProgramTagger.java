package org.fupin.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fupin.vocab.Program;

/**
 * Tags a section with program ids. A heading that names a program always tags it; body text tags a program only
 * when the section is substantially about it: its distinctive phrase recurs (precision over recall, because a facet
 * that over-tags is useless for filtering).
 */
public final class ProgramTagger {

    /** Body mentions needed in a long body; short bodies need one fewer. */
    private static final int LONG_BODY_CHARS = 800;
    /** Mentions per 1,000 characters below which a long summary that merely lists a program is not about it. */
    private static final double MIN_MENTIONS_PER_1000_CHARS = 2.0;

    private record Rule(
            Pattern heading,
            List<String> headingAnchors,
            Pattern body,
            List<String> bodyAnchors,
            int minBodyMentions) {}

    private final Map<Program, Rule> rules = new EnumMap<>(Program.class);

    /** A tagger with the built-in English and Chinese rules. */
    public ProgramTagger() {
        rule(Program.OVERVIEW, "^(overview|概况|综述)$", null, 0);
        rule(Program.RAIN_PLAN, "rain plan|雨露计划|labou?r transfer|vocational (education|skill)", "rain plan|雨露计划", 2);
        rule(
                Program.MUTUAL_FUNDS,
                "mutual (aid )?funds?|mutual aid|互助资金|互助社",
                "mutual (aid )?funds?|mutual aid|互助资金",
                2);
        rule(Program.RELOCATION, "relocat|resettle|migrat|immigra|ex-situ|搬迁|移民", "relocat|resettle|ex-situ|搬迁|移民", 3);
        rule(
                Program.ENTIRE_VILLAGE_ADVANCEMENT,
                "entire[- ](village|town|township)|village ?/ ?township advancement|整村推进|整乡推进",
                "entire (village|town|township)( \\([a-z]+\\))? advancement|整村推进",
                3);
        rule(
                Program.INDUSTRIAL,
                "industr|leading enterprise|income-generating|产业|龙头企业",
                "industrial poverty alleviation|leading enterprises?|产业扶贫|龙头企业",
                3);
        rule(
                Program.FINANCE_CREDIT,
                "micro-?credit|micro-?finance|credit|\\bloans?\\b|discount|interest subsid|financial poverty alleviation|financial cooperation|金融|信贷|贷款|贴息",
                "micro-?credit|discount loans?|petty loans?|interest subsid|小额信贷|贴息|扶贫贷款",
                3);
        rule(
                Program.SOCIAL,
                "social poverty alleviation|fixed-point|pairing|east-west|counterpart|collaboration|cooperation (in|for) poverty alleviation|donat|社会扶贫|定点扶贫|对口|东西部|协作",
                "fixed-point|pairing-off|east-west|counterpart support|定点扶贫|对口帮扶|东西部扶贫协作",
                3);
        rule(
                Program.CONTIGUOUS_AREAS,
                "contiguous|mountain areas?|连片",
                "contiguous (poor |impoverished )?(areas?|development|counties)|连片特困",
                3);
        rule(Program.SCIENCE_TECHNOLOGY, "science and technology|technolog|科技", "science and technology|科技扶贫", 2);
        rule(Program.TRAINING, "training|human resources|培训", null, 0);
        rule(
                Program.INFRASTRUCTURE,
                "infrastructure|\\broads?\\b|drinking water|water conservancy|housing|houses|dilapidated|project construction|village-level (investment|construction)|overhead cable|基础设施|危房|饮水|道路",
                "infrastructure|基础设施",
                3);
        rule(Program.LOTTERY_FUNDS, "lottery|彩票", "lottery|彩票公益金", 2);
        rule(Program.OLD_REVOLUTIONARY_AREAS, "old revolutionary|revolutionary base|革命老区", "old revolutionary|革命老区", 2);
        rule(
                Program.TWO_SYSTEMS,
                "two systems|minimum living|subsistence allowance|两项制度|低保",
                "convergence of (the )?two systems|两项制度",
                2);
        rule(
                Program.INTERNATIONAL,
                "foreign|international|world bank|overseas|外资|国际",
                "world bank|foreign-funded|international (cooperation|exchange)|外资扶贫",
                3);
        rule(Program.TOURISM, "touris|旅游", "tourism|乡村旅游|旅游扶贫", 3);
        rule(
                Program.FUNDS,
                "(?<!mutual )(?<!aid )(?<!welfare )(?<!lottery )\\bfunds?\\b|investment|(?<!互助)资金",
                null,
                0);
        rule(
                Program.PLANNING_POLICY,
                "planning|(?<!rain )\\bplans?\\b|outline|ordinance|legislation|polic(y|ies)|conference|meeting|objectives|measures|规划|政策|会议|条例|纲要",
                null,
                0);
        rule(
                Program.TARGETING,
                "poverty line|poverty standard|alleviation standard|identification|file archiving|archiv|statistic|monitoring|specific households|建档立卡|贫困线|识别|监测|扶贫标准",
                "file archiving|建档立卡",
                2);
        rule(
                Program.PUBLICITY_RESEARCH,
                "publicity|propaganda|advocacy|research|field survey|\\bsurvey|宣传|研究|调研",
                null,
                0);
        rule(Program.DISASTER_RELIEF, "disaster|reconstruction|救灾|灾后|重建", "post-disaster|disaster relief|灾后重建", 2);
        rule(Program.ASSESSMENT, "assessment|evaluation|appraisal|考核|评估", null, 0);
        rule(
                Program.ORGANIZATION,
                "institution|organi[sz]ation|party building|cadre team|cadres'? living|first secretar|team (construction|building)|机构|党建|队伍",
                null,
                0);
        rule(
                Program.MINORITY_BORDER,
                "minorit|border|ethnic|民族|边境",
                "border areas|minority areas|ethnic minorit|少数民族|边境",
                3);
    }

    private void rule(Program program, String heading, String body, int minBodyMentions) {
        rules.put(
                program,
                new Rule(
                        Pattern.compile(heading),
                        RegexAnchors.of(heading),
                        body == null ? null : Pattern.compile(body),
                        body == null ? List.of() : RegexAnchors.of(body),
                        minBodyMentions));
    }

    /** The programs of a section, in vocabulary order. */
    public List<Program> tag(String heading, String body) {
        String h = heading.toLowerCase(Locale.ROOT);
        String b = body.toLowerCase(Locale.ROOT);
        List<Program> programs = new ArrayList<>();
        for (Map.Entry<Program, Rule> entry : rules.entrySet()) {
            Rule rule = entry.getValue();
            boolean named = RegexAnchors.mayMatch(h, rule.headingAnchors())
                    && rule.heading().matcher(h).find();
            if (named || isSubstantiallyAbout(b, rule)) {
                programs.add(entry.getKey());
            }
        }
        return programs;
    }

    private static boolean isSubstantiallyAbout(String body, Rule rule) {
        if (rule.body() == null || body.isEmpty()) {
            return false;
        }
        int needed = body.length() < LONG_BODY_CHARS ? Math.max(1, rule.minBodyMentions() - 1) : rule.minBodyMentions();
        int mentions = RegexAnchors.countMatches(rule.body(), body, rule.bodyAnchors());
        return mentions >= needed && mentions * 1000.0 / body.length() >= MIN_MENTIONS_PER_1000_CHARS;
    }
}

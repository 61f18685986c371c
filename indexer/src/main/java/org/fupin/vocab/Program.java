package org.fupin.vocab;

import java.util.Arrays;
import java.util.Optional;

/** A program type (the {@code program} facet) with its id and English and Chinese labels (listed in docs/vocabulary.md). */
public enum Program {
    OVERVIEW("overview", "Overview", "概况", "the chapter's opening summary (\"Overview\")"),
    RAIN_PLAN(
            "rain-plan",
            "Rain Plan",
            "雨露计划",
            "Rain Plan: labour-transfer training, vocational-education subsidies for children of poor families"),
    MUTUAL_FUNDS(
            "mutual-funds",
            "Village Mutual Funds",
            "贫困村互助资金",
            "village-level mutual (aid) funds, mutual aid societies/cooperatives"),
    RELOCATION(
            "relocation",
            "Relocation",
            "易地扶贫搬迁",
            "poverty-relief / ex-situ / ecological relocation, resettlement, migration"),
    ENTIRE_VILLAGE_ADVANCEMENT(
            "entire-village-advancement",
            "Entire Village Advancement",
            "整村推进",
            "entire village / town / township advancement"),
    INDUSTRIAL(
            "industrial",
            "Industrial Poverty Alleviation",
            "产业扶贫",
            "industry support, leading enterprises, income-generating industries"),
    FINANCE_CREDIT(
            "finance-credit",
            "Finance and Microcredit",
            "金融扶贫与小额信贷",
            "microcredit, petty loans, discount loans, interest subsidies, financial cooperation, credit"),
    SOCIAL(
            "social",
            "Social Poverty Alleviation",
            "社会扶贫",
            "social poverty alleviation, fixed-point assistance (定点扶贫), pairing-off, East-West cooperation (东西部扶贫协作), counterpart support, donations"),
    CONTIGUOUS_AREAS(
            "contiguous-areas",
            "Contiguous Poor Areas",
            "连片特困地区",
            "contiguous poor areas with particular difficulties, contiguous development pilots, mountain-area programs"),
    SCIENCE_TECHNOLOGY(
            "science-technology", "Science and Technology", "科技扶贫", "poverty alleviation by science and technology"),
    TRAINING(
            "training",
            "Training and Cadres",
            "扶贫培训",
            "trainings of cadres, practical technical trainings, human-resources development (not Rain Plan itself)"),
    INFRASTRUCTURE(
            "infrastructure", "Infrastructure", "基础设施建设", "roads, water, power, housing, village-level construction"),
    LOTTERY_FUNDS(
            "lottery-funds",
            "Lottery Public Welfare Funds",
            "彩票公益金",
            "central lottery public welfare fund pilot projects"),
    OLD_REVOLUTIONARY_AREAS(
            "old-revolutionary-areas",
            "Old Revolutionary Base Areas",
            "革命老区",
            "construction / poverty alleviation in old revolutionary base areas"),
    TWO_SYSTEMS(
            "two-systems",
            "Convergence of Two Systems",
            "两项制度衔接",
            "convergence of the rural minimum living guarantee with poverty alleviation"),
    INTERNATIONAL(
            "international",
            "Foreign-funded and International",
            "外资扶贫与国际合作",
            "foreign-funded projects (World Bank etc.), international exchange and cooperation"),
    TOURISM("tourism", "Rural Tourism", "乡村旅游扶贫", "poverty alleviation by rural tourism"),
    FUNDS("funds", "Anti-poverty Funds", "扶贫资金", "investment, management, supervision of anti-poverty funds"),
    PLANNING_POLICY(
            "planning-policy",
            "Planning and Policy",
            "扶贫规划与政策",
            "plans, outlines, ordinances/legislation, pro-poor policies, work conferences, objectives"),
    TARGETING(
            "targeting",
            "Poverty Identification and Monitoring",
            "扶贫对象识别与监测",
            "poverty line, identification of the poor, file archiving (建档立卡), statistics monitoring"),
    PUBLICITY_RESEARCH(
            "publicity-research",
            "Publicity and Research",
            "扶贫宣传与研究",
            "publicity, propaganda, advocacy, field research"),
    DISASTER_RELIEF(
            "disaster-relief",
            "Disaster Relief and Reconstruction",
            "救灾与灾后重建",
            "disaster relief, post-disaster reconstruction"),
    ASSESSMENT("assessment", "Performance Assessment", "扶贫考核", "assessment / evaluation of poverty alleviation work"),
    ORGANIZATION(
            "organization",
            "Institutions and Party Building",
            "扶贫机构与党建",
            "organization / institution construction, party building, cadres stationed in villages, \"first secretary\""),
    MINORITY_BORDER(
            "minority-border",
            "Minority and Border Areas",
            "民族与边境地区",
            "minority areas, border areas (\"vitalize border areas\"), support for specific ethnic groups");

    private final String id;
    private final String english;
    private final String chinese;
    private final String scope;

    Program(String id, String english, String chinese, String scope) {
        this.id = id;
        this.english = english;
        this.chinese = chinese;
        this.scope = scope;
    }

    /** The facet value, e.g. {@code mutual-funds}. */
    public String id() {
        return id;
    }

    /** The English label shown in the UI. */
    public String english() {
        return english;
    }

    /** The Chinese label shown in the UI. */
    public String chinese() {
        return chinese;
    }

    /** What belongs to the program, for people reading docs/vocabulary.md (the tagger's rules are in ProgramTagger). */
    public String scope() {
        return scope;
    }

    /** The program with this id (case-insensitive). */
    public static Optional<Program> byId(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id.equalsIgnoreCase(id.strip()))
                .findFirst();
    }
}

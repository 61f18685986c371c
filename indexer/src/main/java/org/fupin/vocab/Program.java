package org.fupin.vocab;

import java.util.Arrays;
import java.util.Optional;

/** A program type (the {@code program} facet) with its id and English and Chinese labels (shared/vocabulary.md). */
public enum Program {
    OVERVIEW("overview", "Overview", "概况"),
    RAIN_PLAN("rain-plan", "Rain Plan", "雨露计划"),
    MUTUAL_FUNDS("mutual-funds", "Village Mutual Funds", "贫困村互助资金"),
    RELOCATION("relocation", "Relocation", "易地扶贫搬迁"),
    ENTIRE_VILLAGE_ADVANCEMENT("entire-village-advancement", "Entire Village Advancement", "整村推进"),
    INDUSTRIAL("industrial", "Industrial Poverty Alleviation", "产业扶贫"),
    FINANCE_CREDIT("finance-credit", "Finance and Microcredit", "金融扶贫与小额信贷"),
    SOCIAL("social", "Social Poverty Alleviation", "社会扶贫"),
    CONTIGUOUS_AREAS("contiguous-areas", "Contiguous Poor Areas", "连片特困地区"),
    SCIENCE_TECHNOLOGY("science-technology", "Science and Technology", "科技扶贫"),
    TRAINING("training", "Training and Cadres", "扶贫培训"),
    INFRASTRUCTURE("infrastructure", "Infrastructure", "基础设施建设"),
    LOTTERY_FUNDS("lottery-funds", "Lottery Public Welfare Funds", "彩票公益金"),
    OLD_REVOLUTIONARY_AREAS("old-revolutionary-areas", "Old Revolutionary Base Areas", "革命老区"),
    TWO_SYSTEMS("two-systems", "Convergence of Two Systems", "两项制度衔接"),
    INTERNATIONAL("international", "Foreign-funded and International", "外资扶贫与国际合作"),
    TOURISM("tourism", "Rural Tourism", "乡村旅游扶贫"),
    FUNDS("funds", "Anti-poverty Funds", "扶贫资金"),
    PLANNING_POLICY("planning-policy", "Planning and Policy", "扶贫规划与政策"),
    TARGETING("targeting", "Poverty Identification and Monitoring", "扶贫对象识别与监测"),
    PUBLICITY_RESEARCH("publicity-research", "Publicity and Research", "扶贫宣传与研究"),
    DISASTER_RELIEF("disaster-relief", "Disaster Relief and Reconstruction", "救灾与灾后重建"),
    ASSESSMENT("assessment", "Performance Assessment", "扶贫考核"),
    ORGANIZATION("organization", "Institutions and Party Building", "扶贫机构与党建"),
    MINORITY_BORDER("minority-border", "Minority and Border Areas", "民族与边境地区");

    private final String id;
    private final String english;
    private final String chinese;

    Program(String id, String english, String chinese) {
        this.id = id;
        this.english = english;
        this.chinese = chinese;
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

    /** The program with this id (case-insensitive). */
    public static Optional<Program> byId(String id) {
        return Arrays.stream(values())
                .filter(p -> p.id.equalsIgnoreCase(id.strip()))
                .findFirst();
    }
}

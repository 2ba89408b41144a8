package io.zongjie.plugins.plans;

import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What fell short this period and what the union means to do next (存在的不足与下一年工作打算). In a 工作报告 or a
 * 总结及计划 (report variants {@code report}, {@code summary-and-plan}) the plans become the document's second half,
 * with their own numbered items.
 *
 * @param shortcomings what fell short, one sentence per item, such as 「文体活动形式比较单一，青年教职工参与不多」
 * @param plans        next period's plans, in order; each is a sentence, or a short bold lead and a sentence, with
 *                     its measures, who leads it and when
 * @param nextYear     how to call the next period, such as 「2024年」 or 「新学年」; optional, by default from the
 *                     report's period (2024年, 新学年, 下学期, 下半年)
 * @param guidance     the guiding idea of next period's work (指导思想、总体思路), one sentence; optional
 * @param goals        next period's goals (工作目标), one per item; optional
 */
public record PlansData(
        @Label("存在的不足") List<@NotBlank String> shortcomings,
        @Label("工作打算") @Valid List<@NotNull Plan> plans,
        @Label("下一阶段") String nextYear,
        @Label("指导思想") String guidance,
        @Label("工作目标") List<@NotBlank String> goals) {

    public PlansData {
        shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
        plans = plans == null ? List.of() : List.copyOf(plans);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    /** The data as zongjie read it before guidance and goals. */
    public PlansData(List<String> shortcomings, List<Plan> plans, String nextYear) {
        this(shortcomings, plans, nextYear, null, null);
    }

    /**
     * One plan. In YAML either a plain sentence or a mapping with {@code lead} and {@code text} (and, for a plan
     * with its own measures, {@code measures}, {@code owner} and {@code due}).
     *
     * @param lead     a short phrase printed in bold (or, in the plan half of a 工作报告 or 总结及计划, as the item's
     *                 heading) before the sentence, such as 「抓好教代会提案落实」; optional
     * @param text     what will be done, written as an action: 「进一步规范提案办理和反馈……」
     * @param measures the concrete steps, one per item; optional
     * @param owner    who leads it, such as 「工会办公室」 or 「女工委员」; optional
     * @param due      when, such as 「3月底前」 or 「全年」; optional
     */
    public record Plan(@Label("小标题") @Size(max = 20, message = "{shortLead}") String lead,
                       @Label("内容") @NotBlank String text,
                       @Label("主要措施") List<@NotBlank String> measures,
                       @Label("责任人") String owner,
                       @Label("完成时间") String due) {

        public Plan {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        /** A plan with a lead and a sentence only. */
        public Plan(String lead, String text) {
            this(lead, text, null, null, null);
        }

        /** A plan without a lead, as a plain sentence in the input. */
        public static Plan valueOf(String text) {
            return new Plan(null, text);
        }
    }
}

package io.zongjie.plugins.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What fell short this year and what the union means to do next year (存在的不足与下一年工作打算).
 *
 * @param shortcomings what fell short, one sentence per item, such as 「文体活动形式比较单一，青年教职工参与不多」
 * @param plans        next year's plans, in order; each is a sentence, or a short bold lead and a sentence
 * @param nextYear     how to call next year, such as 「2024年」 or 「新学年」; optional, by default the year after
 *                     the report's period where that can be read (「2023年」 gives 「2024年」), else 「新的一年」
 */
public record PlansData(
        List<@NotBlank String> shortcomings,
        @Valid List<@NotNull Plan> plans,
        String nextYear) {

    public PlansData {
        shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /**
     * One plan. In YAML either a plain sentence or a mapping with {@code lead} and {@code text}.
     *
     * @param lead a short phrase printed in bold before the sentence, such as 「抓好教代会提案落实」; optional
     * @param text what will be done, written as an action: 「进一步规范提案办理和反馈……」
     */
    public record Plan(@Size(max = 20, message = "{shortLead}") String lead,
                       @NotBlank String text) {

        /** A plan without a lead, as a plain sentence in the input. */
        public static Plan valueOf(String text) {
            return new Plan(null, text);
        }
    }
}

package io.zongjie.model;

import io.zongjie.spi.Label;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Membership figures cited in the opening paragraph. Every field is optional.
 *
 * @param staff    staff on the books (教职工/职工人数)
 * @param members  union members (会员人数)
 * @param women    women staff (女职工人数)
 * @param retirees retired staff in the union's care (离退休人员)
 */
public record Membership(
        @Label("职工人数") @PositiveOrZero Integer staff,
        @Label("会员人数") @PositiveOrZero Integer members,
        @Label("女职工人数") @PositiveOrZero Integer women,
        @Label("离退休人数") @PositiveOrZero Integer retirees) {

    /** Members as a share of staff (入会率), as a fraction, or {@code null} when either is missing or staff is 0. */
    public Double membershipRate() {
        if (staff == null || members == null || staff == 0) {
            return null;
        }
        return members / (double) staff;
    }
}

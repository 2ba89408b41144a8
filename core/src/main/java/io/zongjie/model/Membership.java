package io.zongjie.model;

import io.zongjie.spi.Label;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Membership figures, printed in the opening paragraph (目前全校共有教职工148人，其中女教职工97人 …). Every field is
 * optional; a field left out is not mentioned.
 *
 * @param staff      staff on the books (教职工/职工人数); for a federation, the staff its base unions cover
 * @param members    union members (会员人数)
 * @param women      women staff (女职工人数)
 * @param retirees   retired staff in the union's care (离退休人员)
 * @param groups     union groups (工会小组) the union has
 * @param dispatched agency workers (劳务派遣工) who take part in the union's work
 * @param unions     for a federation, the base unions under it (所辖基层工会)
 */
public record Membership(
        @Label("职工人数") @PositiveOrZero Integer staff,
        @Label("会员人数") @PositiveOrZero Integer members,
        @Label("女职工人数") @PositiveOrZero Integer women,
        @Label("离退休人数") @PositiveOrZero Integer retirees,
        @Label("工会小组数") @PositiveOrZero Integer groups,
        @Label("劳务派遣工人数") @PositiveOrZero Integer dispatched,
        @Label("基层工会数") @PositiveOrZero Integer unions) {

    /**
     * The four figures zongjie read before it printed groups, agency workers and base unions.
     *
     * @param staff    staff on the books
     * @param members  union members
     * @param women    women staff
     * @param retirees retired staff in the union's care
     */
    public Membership(Integer staff, Integer members, Integer women, Integer retirees) {
        this(staff, members, women, retirees, null, null, null);
    }

    /** Members as a share of staff (入会率), as a fraction, or {@code null} when either is missing or staff is 0. */
    public Double membershipRate() {
        if (staff == null || members == null || staff == 0) {
            return null;
        }
        return members / (double) staff;
    }
}

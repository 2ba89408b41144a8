package io.zongjie.model;

import io.zongjie.spi.Label;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Membership figures, printed in the opening paragraph (目前全校共有教职工148人，其中女教职工97人 …). Every field is
 * optional; a field left out is not mentioned.
 *
 * <pre>{@code
 * Membership m = Membership.builder().staff(420).members(415).women(96).build();
 * }</pre>
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

    /** {@return a builder with every figure unset} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Membership} by name, so that numbers in a row cannot be put in the wrong order. */
    public static final class Builder {
        private Integer staff;
        private Integer members;
        private Integer women;
        private Integer retirees;
        private Integer groups;
        private Integer dispatched;
        private Integer unions;

        private Builder() {
        }

        /**
         * @param staff staff on the books (教职工/职工人数), or {@code null}
         * @return this builder
         */
        public Builder staff(Integer staff) {
            this.staff = staff;
            return this;
        }

        /**
         * @param members union members (会员人数), or {@code null}
         * @return this builder
         */
        public Builder members(Integer members) {
            this.members = members;
            return this;
        }

        /**
         * @param women women staff (女职工人数), or {@code null}
         * @return this builder
         */
        public Builder women(Integer women) {
            this.women = women;
            return this;
        }

        /**
         * @param retirees retired staff in the union's care (离退休人员), or {@code null}
         * @return this builder
         */
        public Builder retirees(Integer retirees) {
            this.retirees = retirees;
            return this;
        }

        /**
         * @param groups union groups (工会小组) the union has, or {@code null}
         * @return this builder
         */
        public Builder groups(Integer groups) {
            this.groups = groups;
            return this;
        }

        /**
         * @param dispatched agency workers (劳务派遣工) who take part in the union's work, or {@code null}
         * @return this builder
         */
        public Builder dispatched(Integer dispatched) {
            this.dispatched = dispatched;
            return this;
        }

        /**
         * @param unions for a federation, the base unions under it (所辖基层工会), or {@code null}
         * @return this builder
         */
        public Builder unions(Integer unions) {
            this.unions = unions;
            return this;
        }

        /** {@return the membership figures; the engine checks them (none negative) with the rest of the report} */
        public Membership build() {
            return new Membership(staff, members, women, retirees, groups, dispatched, unions);
        }
    }

    /** Members as a share of staff (入会率), as a fraction, or {@code null} when either is missing or staff is 0. */
    public Double membershipRate() {
        if (staff == null || members == null || staff == 0) {
            return null;
        }
        return members / (double) staff;
    }
}

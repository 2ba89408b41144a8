package io.zongjie.model;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * Membership figures cited in the opening paragraph. Every field is optional.
 *
 * <pre>{@code
 * Membership m = Membership.builder().staff(420).members(415).women(96).build();
 * }</pre>
 *
 * @param staff    staff on the books (教职工/职工人数)
 * @param members  union members (会员人数)
 * @param women    women staff (女职工人数)
 * @param retirees retired staff in the union's care (离退休人员)
 */
public record Membership(
        @PositiveOrZero Integer staff,
        @PositiveOrZero Integer members,
        @PositiveOrZero Integer women,
        @PositiveOrZero Integer retirees) {

    /** {@return a builder with every figure unset} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Membership} by name, so that four numbers in a row cannot be put in the wrong order. */
    public static final class Builder {
        private Integer staff;
        private Integer members;
        private Integer women;
        private Integer retirees;

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

        /** {@return the membership figures; the engine checks them (none negative) with the rest of the report} */
        public Membership build() {
            return new Membership(staff, members, women, retirees);
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

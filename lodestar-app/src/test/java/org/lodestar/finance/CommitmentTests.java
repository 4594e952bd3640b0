package org.lodestar.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.lodestar.platform.ConflictException;

class CommitmentTests {

    private static Commitment order(String amount, String invoiced, boolean overrun, boolean released) {
        return new Commitment(new BigDecimal(amount), new BigDecimal(invoiced), overrun, released);
    }

    @Test
    void theRemainingCommitmentIsTheOrderLessItsMatchedInvoices() {
        assertThat(order("10000", "0", false, false).remaining()).isEqualByComparingTo("10000");
        assertThat(order("10000", "2500.50", false, false).remaining()).isEqualByComparingTo("7499.50");
        assertThat(order("10000", "10000", false, false).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void anOverrunLeavesNothingCommittedNeverANegativeAmount() {
        assertThat(order("10000", "12000", true, false).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void anOrderOfAClosedContractCommitsNothingMore() {
        assertThat(order("10000", "2000", false, true).remaining()).isEqualByComparingTo("0");
    }

    @Test
    void anInvoiceUpToTheRemainderIsAdmittedOneBeyondItIsRefusedNamingTheAmount() {
        Commitment commitment = order("10000", "9000", false, false);
        assertThat(commitment.admits(new BigDecimal("1000"))).isTrue();
        assertThat(commitment.admits(new BigDecimal("-200"))).as("a credit note").isTrue();
        assertThat(commitment.admits(new BigDecimal("1000.01"))).isFalse();
        assertThatThrownBy(() -> commitment.requireAdmits(new BigDecimal("1000.01"), "PO-1"))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.properties()).containsKey("amount");
                    assertThat((BigDecimal) refused.properties().get("remaining")).isEqualByComparingTo("1000");
                });
    }

    @Test
    void anOrderIssuedAllowingAnOverrunAdmitsAnyInvoiceUntilItsContractCloses() {
        assertThat(order("10000", "9000", true, false).admits(new BigDecimal("5000"))).isTrue();
        assertThat(order("10000", "9000", true, true).admits(new BigDecimal("5000"))).isFalse();
        assertThat(order("10000", "9000", false, true).admits(new BigDecimal("1"))).isFalse();
    }
}

package org.lodestar.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lodestar.finance.ContractState;
import org.lodestar.platform.ConflictException;

class ContractTests {

    private static Contract drafted() {
        return Contract.draft(1, 2, "C-1", new BigDecimal("50000"), LocalDate.of(2026, 1, 1), null);
    }

    private static void refused(Runnable act, String state, String name) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(ConflictException.class, refused -> {
            assertThat(refused.properties()).containsEntry("state", state).containsEntry("act", name);
        });
    }

    @Test
    void aContractIsDraftedThenActivatedThenClosed() {
        Contract contract = drafted();
        assertThat(contract.state()).isEqualTo(ContractState.DRAFT);
        contract.activate();
        assertThat(contract.state()).isEqualTo(ContractState.ACTIVE);
        contract.close();
        assertThat(contract.state()).isEqualTo(ContractState.CLOSED);
    }

    @Test
    void onlyAnActiveContractTakesPurchaseOrders() {
        Contract contract = drafted();
        refused(contract::requireOrdersAccepted, "DRAFT", "order");
        contract.activate();
        contract.requireOrdersAccepted();
        contract.close();
        refused(contract::requireOrdersAccepted, "CLOSED", "order");
    }

    @Test
    void actsFromAStateThatDoesNotAllowThemAreRefusedNamingStateAndAct() {
        Contract contract = drafted();
        refused(contract::close, "DRAFT", "close");
        contract.activate();
        refused(contract::activate, "ACTIVE", "activate");
        contract.close();
        refused(contract::activate, "CLOSED", "activate");
        refused(contract::close, "CLOSED", "close");
    }
}

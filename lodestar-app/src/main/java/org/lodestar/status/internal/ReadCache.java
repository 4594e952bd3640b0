package org.lodestar.status.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers whole-table reads for the rest of a read-only transaction, so that the dashboard, the health
 * indicators and the roll-ups it assembles in one transaction read each table once. Outside a read-only
 * transaction it reads every time. Callers must not change what it returns.
 */
final class ReadCache {

    private static final Object KEY = ReadCache.class;

    private ReadCache() {
    }

    @SuppressWarnings("unchecked")
    static <T> T get(String name, Supplier<T> loader) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return loader.get();
        }
        Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (cache == null) {
            Map<String, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            cache = created;
        }
        Object value = cache.get(name);
        if (value == null) {
            value = loader.get();
            cache.put(name, value);
        }
        return (T) value;
    }
}

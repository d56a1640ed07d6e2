package io.clearline.matching.index;

import io.clearline.core.CustomerId;
import io.clearline.core.receivables.Customer;
import io.clearline.matching.payer.NameIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customers by id, by bank account (seeded from master data, then learned from confirmed
 * applications), and by name. Customers are addressed by a dense int index inside the matcher.
 */
public final class CustomerDirectory {

    private final List<Customer> customers = new ArrayList<>();
    private final Map<CustomerId, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byAccount = new HashMap<>();
    private final NameIndex names = new NameIndex();

    public int add(Customer customer) {
        Integer existing = byId.get(customer.id());
        if (existing != null) {
            return existing;
        }
        int i = customers.size();
        customers.add(customer);
        byId.put(customer.id(), i);
        names.add(i, customer.name());
        customer.aliases().forEach(a -> names.add(i, a));
        customer.bankAccounts().forEach(a -> learnAccount(a, i));
        return i;
    }

    /** Index of a customer, -1 when unknown. */
    public int indexOf(CustomerId id) {
        Integer i = byId.get(id);
        return i == null ? -1 : i;
    }

    public CustomerId id(int index) {
        return customers.get(index).id();
    }

    public Customer customer(int index) {
        return customers.get(index);
    }

    public int size() {
        return customers.size();
    }

    /** The customer an account belongs to, if known. */
    public Optional<Integer> byAccount(String account) {
        return Optional.ofNullable(byAccount.get(normaliseAccount(account)));
    }

    /** Remembers that money from this account belongs to the customer (an analyst said so). */
    public void learnAccount(String account, int customer) {
        String key = normaliseAccount(account);
        if (!key.isEmpty()) {
            byAccount.put(key, customer);
        }
    }

    public void learnName(String payerName, int customer) {
        names.add(customer, payerName);
    }

    public NameIndex names() {
        return names;
    }

    static String normaliseAccount(String account) {
        return account == null ? "" : account.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}

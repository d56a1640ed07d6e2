package io.clearline.core.receivables;

import io.clearline.core.CustomerId;
import java.util.List;
import java.util.Objects;

/** A customer with the names it pays under and the bank accounts it pays from. */
public record Customer(CustomerId id, String name, List<String> aliases, List<String> bankAccounts) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }
}

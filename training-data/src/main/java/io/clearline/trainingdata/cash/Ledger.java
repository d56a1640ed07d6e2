package io.clearline.trainingdata.cash;

import io.clearline.core.receivables.Customer;
import io.clearline.core.receivables.OpenItem;
import java.util.ArrayList;
import java.util.List;

/** The generated master data while payments are drawn from it: which items are still free to pay. */
final class Ledger {

    final List<Customer> customers = new ArrayList<>();
    final List<List<OpenItem>> itemsByCustomer = new ArrayList<>();
    final List<boolean[]> used = new ArrayList<>();
    final List<Integer> refStyle = new ArrayList<>();
    final List<OpenItem> all = new ArrayList<>();
}

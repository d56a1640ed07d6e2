package io.clearline.matching.index;

import io.clearline.core.CustomerId;
import io.clearline.core.money.Money;
import io.clearline.core.receivables.OpenItem;
import io.clearline.core.receivables.OpenItemType;
import io.clearline.core.receivables.PaymentTerms;
import io.clearline.matching.reference.References;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open items held column-wise (amounts in minor units, dates as epoch days, terms and currencies as
 * small table references) so a million items fit well under a gigabyte. Items are addressed by an int
 * id; lookups by customer, canonical document number, and PO number. Open amounts change as cash is
 * applied; the index is not thread-safe and a batch owns it.
 */
public final class OpenItemIndex {

    private final CustomerDirectory customers;
    private int size;
    private int[] customer = new int[16];
    private String[] documentNumber = new String[16];
    private String[] documentKey = new String[16];
    private String[] poNumber = new String[16];
    private int[] issueDay = new int[16];
    private int[] dueDay = new int[16];
    private short[] termsRef = new short[16];
    private byte[] currencyRef = new byte[16];
    private long[] originalMinor = new long[16];
    private long[] openMinor = new long[16];
    private int[] nextSameDocument = new int[16];
    private int[] nextSamePo = new int[16];
    private final List<PaymentTerms> terms = new ArrayList<>();
    private final Map<PaymentTerms, Short> termsIds = new HashMap<>();
    private final List<Currency> currencies = new ArrayList<>();
    private final Map<String, Integer> byDocument = new HashMap<>();
    private final Map<String, Integer> byPo = new HashMap<>();
    private final Map<String, String> poStrings = new HashMap<>();
    private final List<IntList> byCustomer = new ArrayList<>();

    public OpenItemIndex(CustomerDirectory customers) {
        this.customers = customers;
    }

    public CustomerDirectory customers() {
        return customers;
    }

    /** Adds an item; its customer must be known to the directory. Returns the item id. */
    public int add(OpenItem item) {
        int c = customers.indexOf(item.customerId());
        if (c < 0) {
            throw new IllegalArgumentException("unknown customer " + item.customerId());
        }
        grow();
        int id = size++;
        customer[id] = c;
        documentNumber[id] = item.documentNumber();
        String key = References.canonical(item.documentNumber());
        documentKey[id] = key.equals(item.documentNumber()) ? item.documentNumber() : key;
        String po = item.poNumber().orElse(null);
        if (po != null) {
            po = poStrings.computeIfAbsent(po, p -> p);
        }
        poNumber[id] = po;
        issueDay[id] = (int) item.issueDate().toEpochDay();
        dueDay[id] = (int) item.dueDate().toEpochDay();
        termsRef[id] = termsIds.computeIfAbsent(item.terms(), t -> {
            terms.add(t);
            return (short) (terms.size() - 1);
        });
        currencyRef[id] = currencyId(item.openAmount().currency());
        originalMinor[id] = item.originalAmount().minorUnits();
        openMinor[id] = item.openAmount().minorUnits();
        Integer head = byDocument.put(key, id);
        nextSameDocument[id] = head == null ? -1 : head;
        if (po != null) {
            Integer poHead = byPo.put(References.canonical(po), id);
            nextSamePo[id] = poHead == null ? -1 : poHead;
        } else {
            nextSamePo[id] = -1;
        }
        while (byCustomer.size() <= c) {
            byCustomer.add(new IntList(8));
        }
        byCustomer.get(c).add(id);
        return id;
    }

    private byte currencyId(Currency currency) {
        int i = currencies.indexOf(currency);
        if (i < 0) {
            currencies.add(currency);
            i = currencies.size() - 1;
        }
        return (byte) i;
    }

    private void grow() {
        if (size < customer.length) {
            return;
        }
        int n = customer.length * 2;
        customer = Arrays.copyOf(customer, n);
        documentNumber = Arrays.copyOf(documentNumber, n);
        documentKey = Arrays.copyOf(documentKey, n);
        poNumber = Arrays.copyOf(poNumber, n);
        issueDay = Arrays.copyOf(issueDay, n);
        dueDay = Arrays.copyOf(dueDay, n);
        termsRef = Arrays.copyOf(termsRef, n);
        currencyRef = Arrays.copyOf(currencyRef, n);
        originalMinor = Arrays.copyOf(originalMinor, n);
        openMinor = Arrays.copyOf(openMinor, n);
        nextSameDocument = Arrays.copyOf(nextSameDocument, n);
        nextSamePo = Arrays.copyOf(nextSamePo, n);
    }

    public int size() {
        return size;
    }

    /** Item ids whose canonical document number equals the key. */
    public int[] byDocumentKey(String key) {
        return chain(byDocument.get(key), nextSameDocument);
    }

    /** Item ids carrying the PO (canonical key). */
    public int[] byPoKey(String key) {
        return chain(byPo.get(key), nextSamePo);
    }

    private static int[] chain(Integer head, int[] next) {
        if (head == null) {
            return new int[0];
        }
        int n = 0;
        for (int i = head; i >= 0; i = next[i]) {
            n++;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = head; i >= 0; i = next[i]) {
            out[k++] = i;
        }
        return out;
    }

    /** Ids of a customer's items (open or settled), by customer index. */
    public IntList itemsOf(int customerIndex) {
        return customerIndex < byCustomer.size() ? byCustomer.get(customerIndex) : new IntList(1);
    }

    public int customerOf(int id) {
        return customer[id];
    }

    public String documentNumber(int id) {
        return documentNumber[id];
    }

    public String documentKey(int id) {
        return documentKey[id];
    }

    public Optional<String> poNumber(int id) {
        return Optional.ofNullable(poNumber[id]);
    }

    public int issueDay(int id) {
        return issueDay[id];
    }

    public int dueDay(int id) {
        return dueDay[id];
    }

    public PaymentTerms terms(int id) {
        return terms.get(termsRef[id]);
    }

    public Currency currency(int id) {
        return currencies.get(currencyRef[id]);
    }

    public long openMinor(int id) {
        return openMinor[id];
    }

    public long originalMinor(int id) {
        return originalMinor[id];
    }

    public boolean isCreditMemo(int id) {
        return originalMinor[id] < 0;
    }

    /** Applies cash (minor units) to an item: the open amount goes down, never below zero for invoices. */
    public void apply(int id, long minor) {
        openMinor[id] -= minor;
    }

    public OpenItem item(int id) {
        Currency cur = currency(id);
        return new OpenItem(customers.id(customer[id]), documentNumber[id],
                isCreditMemo(id) ? OpenItemType.CREDIT_MEMO : OpenItemType.INVOICE, poNumber(id),
                LocalDate.ofEpochDay(issueDay[id]), LocalDate.ofEpochDay(dueDay[id]), terms(id),
                Money.of(originalMinor[id], cur), Money.of(openMinor[id], cur));
    }

    /** Trims per-customer lists after a bulk load. */
    public void compact() {
        byCustomer.forEach(IntList::trim);
    }

    public CustomerId customerId(int id) {
        return customers.id(customer[id]);
    }
}

package io.clearline.extraction.bank.bai2;

import io.clearline.extraction.bank.BankFileException;
import io.clearline.extraction.bank.BankFileFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Field-level BAI2 rules: amounts in minor units, dates, and the funds-type fields that vary in length. */
final class Bai2Fields {

    /** Lockbox type codes: a deposit, and one item (cheque) of a deposit. */
    static final String LOCKBOX_DEPOSIT = "115";
    static final String LOCKBOX_ITEM = "116";

    private Bai2Fields() {
    }

    /** A signed amount in minor units; blank is "not stated". */
    static Optional<Long> amount(String raw, Bai2Record where) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!s.matches("[+-]?\\d{1,18}")) {
            throw new BankFileException(BankFileFormat.BAI2, where.where() + ": amount '" + s + "' is not a whole number of minor units");
        }
        return Optional.of(Long.parseLong(s.startsWith("+") ? s.substring(1) : s));
    }

    static long count(String raw, Bai2Record where, String what) {
        String s = raw.strip();
        if (!s.matches("\\d{1,9}")) {
            throw new BankFileException(BankFileFormat.BAI2, where.where() + ": " + what + " '" + s + "' is not a number");
        }
        return Long.parseLong(s);
    }

    /** YYMMDD; BAI2 predates four-digit years, so years below 80 are read as 20xx. */
    static Optional<LocalDate> date(String raw, Bai2Record where) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!s.matches("\\d{6}")) {
            throw new BankFileException(BankFileFormat.BAI2, where.where() + ": date '" + s + "' is not YYMMDD");
        }
        int yy = Integer.parseInt(s.substring(0, 2));
        try {
            return Optional.of(LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy,
                    Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6))));
        } catch (DateTimeException e) {
            throw new BankFileException(BankFileFormat.BAI2, where.where() + ": date '" + s + "' does not exist");
        }
    }

    /**
     * How many fields follow the funds-type field: S carries three availability amounts, V a value
     * date and time, D a count and that many (days, amount) pairs.
     */
    static int fundsExtra(List<String> fields, int fundsIndex, Bai2Record where) {
        String funds = fundsIndex < fields.size() ? fields.get(fundsIndex).strip() : "";
        return switch (funds) {
            case "S" -> 3;
            case "V" -> 2;
            case "D" -> {
                String n = fundsIndex + 1 < fields.size() ? fields.get(fundsIndex + 1) : "";
                long pairs = count(n, where, "distribution count");
                if (pairs > fields.size()) {
                    throw new BankFileException(BankFileFormat.BAI2, where.where() + ": distribution count " + pairs
                            + " exceeds the fields present");
                }
                yield 1 + 2 * (int) pairs;
            }
            default -> 0;
        };
    }

    /** BAI2 type codes 100–399 are credits, 400–699 debits; others are status, loan or custom codes. */
    static boolean isCredit(String typeCode) {
        return typeCode.matches("\\d{3}") && Integer.parseInt(typeCode) >= 100 && Integer.parseInt(typeCode) < 400;
    }

    static boolean isDebit(String typeCode) {
        return typeCode.matches("\\d{3}") && Integer.parseInt(typeCode) >= 400 && Integer.parseInt(typeCode) < 700;
    }
}

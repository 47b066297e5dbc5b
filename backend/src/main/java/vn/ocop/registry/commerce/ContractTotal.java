package vn.ocop.registry.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;

/**
 * A contract's value from its lines: Σ quantity × unit price, rounded half-up to whole đồng once
 * at the end (not per line), known only when every line carries a price.
 */
public final class ContractTotal {
    /** The part of a line that prices it. */
    public record Priced(BigDecimal quantity, Long unitPriceVnd) {
    }

    private ContractTotal() {
    }

    /**
     * Empty when some line has no unit price: the total then comes from the client alone.
     *
     * @throws ArithmeticException when a line's value or the sum does not fit in a whole-đồng amount
     */
    public static OptionalLong of(List<Priced> lines) {
        BigDecimal sum = BigDecimal.ZERO;
        boolean allPriced = true;
        for (Priced line : lines) {
            if (line.unitPriceVnd() == null) {
                allPriced = false;
            } else {
                BigDecimal value = line.quantity().multiply(BigDecimal.valueOf(line.unitPriceVnd()));
                requireFits(value);
                sum = sum.add(value);
            }
        }
        return allPriced ? OptionalLong.of(requireFits(sum)) : OptionalLong.empty();
    }

    private static long requireFits(BigDecimal value) {
        BigDecimal rounded = value.setScale(0, RoundingMode.HALF_UP);
        if (rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new ArithmeticException("more than " + Long.MAX_VALUE + " đồng");
        }
        return rounded.longValueExact();
    }

    /** One line's value, rounded half-up; null without a price. */
    public static Long lineValue(BigDecimal quantity, Long unitPriceVnd) {
        return unitPriceVnd == null ? null : requireFits(quantity.multiply(BigDecimal.valueOf(unitPriceVnd)));
    }

    /**
     * Why a client's {@code claimed} total cannot stand next to the lines' {@code computed} one, or null.
     */
    public static String mismatch(OptionalLong computed, Long claimed) {
        if (claimed == null || computed.isEmpty() || computed.getAsLong() == claimed) {
            return null;
        }
        return "is " + claimed + " but the lines add up to " + computed.getAsLong()
                + " (Σ quantity × unitPriceVnd, rounded); send the lines' total or leave it out";
    }
}

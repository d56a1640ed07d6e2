package io.clearline.core;

/**
 * A calibrated probability in [0, 1] that an automated output is right: 0.9 means right about
 * nine times in ten on held-out data.
 */
public record Confidence(double value) implements Comparable<Confidence> {

    public static final Confidence CERTAIN = new Confidence(1.0);
    public static final Confidence NONE = new Confidence(0.0);

    public Confidence {
        if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + value);
        }
    }

    public static Confidence of(double value) {
        return new Confidence(value);
    }

    /** Clamps into [0, 1]; for scores that may overshoot by rounding. */
    public static Confidence clamped(double value) {
        return new Confidence(Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value)));
    }

    public boolean isAtLeast(double threshold) {
        return value >= threshold;
    }

    public Confidence min(Confidence other) {
        return value <= other.value ? this : other;
    }

    /** Scales by a factor and clamps: validation that agrees raises, disagreement lowers. */
    public Confidence scaled(double factor) {
        return clamped(value * factor);
    }

    @Override
    public int compareTo(Confidence other) {
        return Double.compare(value, other.value);
    }
}

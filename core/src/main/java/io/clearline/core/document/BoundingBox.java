package io.clearline.core.document;

/** A rectangle on a page in PDF points (or pixels for images), origin top-left: x0 &lt; x1, y0 &lt; y1. */
public record BoundingBox(double x0, double y0, double x1, double y1) {

    public BoundingBox {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("box corners out of order: " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(x0, other.x0), Math.min(y0, other.y0),
                Math.max(x1, other.x1), Math.max(y1, other.y1));
    }

    public double[] toArray() {
        return new double[] {x0, y0, x1, y1};
    }
}

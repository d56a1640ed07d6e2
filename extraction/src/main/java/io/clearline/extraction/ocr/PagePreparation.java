package io.clearline.extraction.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Makes a page image ready for OCR: grey, turned upright when its text runs vertically, and
 * deskewed. Skew and direction come from projection profiles of a reduced copy: text lines give
 * sharp peaks in the row sums only when the rows follow them, so the angle whose profile is
 * peakiest is the text direction (a few milliseconds, where a Hough transform on the full page
 * takes hundreds). Deterministic: the same image always gives the same preparation, which is what
 * lets the page images shown in review be re-rendered instead of stored.
 */
final class PagePreparation {

    /** Angles searched for skew: scanners and people put pages down within a few degrees. */
    private static final double MAX_SKEW = 4.0;
    private static final double STEP = 0.1;
    /** Below this the interpolation of a rotation costs OCR more than the skew does. */
    private static final double MIN_DESKEW = 0.15;
    /** Largest blob (pixels) taken for a speck, and the grey under which a pixel counts as ink. */
    private static final int SPECK = 3;
    private static final int DARK = 150;

    private PagePreparation() {
    }

    /** Skew in degrees (positive = clockwise) and whether the text runs vertically (page turned by 90°). */
    record Geometry(double skew, boolean vertical) {
    }

    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }

    static BufferedImage copy(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        byte[] to = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, to.length);
        return out;
    }

    static Geometry measure(BufferedImage grey) {
        int[][] ink = inkPoints(grey);
        if (ink[0].length < 50) {
            return new Geometry(0, false);
        }
        double[] horizontal = best(ink, 0);
        double[] vertical = best(ink, 90);
        if (vertical[1] > horizontal[1] * 1.25) {
            return new Geometry(vertical[0] - 90, true);
        }
        return new Geometry(horizontal[0], false);
    }

    /** Turns by {@code quarterTurns} × 90° clockwise and then by {@code skew} degrees the other way. */
    static BufferedImage straighten(BufferedImage grey, int quarterTurns, double skew) {
        BufferedImage out = grey;
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns != 0) {
            out = rotate(out, turns * 90.0, turns % 2 == 1);
        }
        if (Math.abs(skew) >= MIN_DESKEW) {
            out = rotate(out, -skew, false);
        }
        return out;
    }

    /**
     * Removes specks: dark blobs of at most {@code SPECK} pixels with no dark neighbour beyond them.
     * Scanner dust and JPEG'd noise read as stray punctuation ("PO Number: :"), while the smallest
     * real marks at 200 dpi (a dot on an i, a full stop) cover more pixels than that.
     */
    static BufferedImage despeckle(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] px = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] blob = new int[SPECK + 1];
        for (int i = 0; i < w * h; i++) {
            if ((px[i] & 0xff) >= DARK) {
                continue;
            }
            int size = 0;
            blob[size++] = i;
            boolean small = true;
            for (int k = 0; k < size && small; k++) {
                int x = blob[k] % w;
                int y = blob[k] / w;
                for (int dy = -1; dy <= 1 && small; dy++) {
                    for (int dx = -1; dx <= 1 && small; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < w && ny < h
                                && (px[ny * w + nx] & 0xff) < DARK && !contains(blob, size, ny * w + nx)) {
                            if (size == SPECK) {
                                small = false;
                            } else {
                                blob[size++] = ny * w + nx;
                            }
                        }
                    }
                }
            }
            if (small) {
                for (int k = 0; k < size; k++) {
                    px[blob[k]] = (byte) 0xff;
                }
            }
        }
        return grey;
    }

    private static boolean contains(int[] blob, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (blob[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static BufferedImage rotate(BufferedImage in, double degrees, boolean swap) {
        int w = swap ? in.getHeight() : in.getWidth();
        int h = swap ? in.getWidth() : in.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        boolean exact = degrees % 90 == 0;
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, exact ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.translate(-in.getWidth() / 2.0, -in.getHeight() / 2.0);
        g.drawImage(in, t, null);
        g.dispose();
        return out;
    }

    /** Dark pixels of a copy reduced to about 700 px across; isolated specks mostly fall away in the reduction. */
    private static int[][] inkPoints(BufferedImage grey) {
        int factor = Math.max(1, (int) Math.ceil(Math.max(grey.getWidth(), grey.getHeight()) / 1000.0));
        int w = grey.getWidth() / factor;
        int h = grey.getHeight() / factor;
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int stride = grey.getWidth();
        int[] xs = new int[w * h / 4 + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int threshold = factor * factor * 150;
        for (int y = 0; y < h && n < xs.length; y++) {
            for (int x = 0; x < w && n < xs.length; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * stride + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        sum += pixels[row + dx] & 0xff;
                    }
                }
                if (sum < threshold) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    /** The angle around {@code around} whose row profile is peakiest, and that peakiness. */
    private static double[] best(int[][] ink, double around) {
        double bestAngle = around;
        double bestScore = -1;
        int[] xs = ink[0];
        int[] ys = ink[1];
        int size = 4000;
        for (double a = around - MAX_SKEW; a <= around + MAX_SKEW + 1e-9; a += STEP) {
            double r = Math.toRadians(a);
            double sin = Math.sin(r);
            double cos = Math.cos(r);
            int[] rows = new int[size];
            for (int i = 0; i < xs.length; i++) {
                int row = (int) Math.round(ys[i] * cos - xs[i] * sin) + size / 2;
                if (row >= 0 && row < size) {
                    rows[row]++;
                }
            }
            double score = 0;
            for (int count : rows) {
                score += (double) count * count;
            }
            if (score > bestScore) {
                bestScore = score;
                bestAngle = a;
            }
        }
        return new double[] {Math.round(bestAngle * 10) / 10.0, bestScore};
    }
}

package io.clearline.matching.reference;

import io.clearline.matching.MatchPattern.ReferenceQuality;

/** An open item a written reference points to, and how well the writing matched. */
public record ItemHit(int item, ReferenceQuality quality, String written, String how) {
}

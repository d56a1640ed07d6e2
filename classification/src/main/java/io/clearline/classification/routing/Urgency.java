package io.clearline.classification.routing;

/** How soon a team should look at an item, least urgent first (the order rules compare by). */
public enum Urgency {
    LOW, NORMAL, HIGH, URGENT
}

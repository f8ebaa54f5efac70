package org.reshore.model;

/**
 * Where a stockpile may be held: a level bought once at the start of the first period at
 * {@code purchaseCost} per unit, held at {@code holdingCost} per unit-year, at most {@code max}
 * (+∞ when the file sets none); it serves only in disruptions.
 */
public record Stockpile(int index, int market, int product, double purchaseCost, double holdingCost, double max) {}

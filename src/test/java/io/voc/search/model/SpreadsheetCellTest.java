package io.voc.search.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAQuoteInFront() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", SpreadsheetCell.guard("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1", SpreadsheetCell.guard("+1"));
        assertEquals("'-2+3", SpreadsheetCell.guard("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCell.guard("@SUM(A1)"));
        assertEquals("'\t=1+1", SpreadsheetCell.guard("\t=1+1"));
        assertEquals("'\r=1+1", SpreadsheetCell.guard("\r=1+1"));
        assertEquals("'=cmd|' /C calc'!A0", SpreadsheetCell.guard("=cmd|' /C calc'!A0"));
    }

    @Test
    void plainNegativeNumbersStayNumbersButNegativeLookingTextIsGuarded() {
        // a sentiment score or any plain negative number cannot hold a formula: left as it is
        assertEquals("-2", SpreadsheetCell.guard("-2"));
        assertEquals("-0.71", SpreadsheetCell.guard("-0.71"));
        // text that merely starts with a minus is guarded like any other: the quote only shows
        assertEquals("'- crashes on start", SpreadsheetCell.guard("- crashes on start"));
        assertEquals("'-1 star, would give less", SpreadsheetCell.guard("-1 star, would give less"));
        assertEquals("'-0.5e3", SpreadsheetCell.guard("-0.5e3"));
        assertEquals("'--1", SpreadsheetCell.guard("--1"));
    }

    @Test
    void everythingElseIsLeftAlone() {
        assertEquals("App crashes = bad", SpreadsheetCell.guard("App crashes = bad"));
        assertEquals("5", SpreadsheetCell.guard("5"));
        assertEquals("应用一直闪退", SpreadsheetCell.guard("应用一直闪退"));
        assertEquals("", SpreadsheetCell.guard(""));
        assertNull(SpreadsheetCell.guard(null));
    }
}

/**
 * Figures: the quantities a section states ("64.4078 million Yuan of loans", "the repayment rate was 71.18%",
 * "互助资金还款率达到98%"), read at index time with their unit, the measure they quantify, a qualifier and the
 * sentence they come from. Plain Java, no Lucene types, so the rules can be tested on text alone.
 */
package org.fupin.figures;

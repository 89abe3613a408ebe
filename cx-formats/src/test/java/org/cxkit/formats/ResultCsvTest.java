package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;

/**
 * Results as CSV for spreadsheets: the format (header rows pinned, not numbers) and OWASP's CSV
 * injection neutralisation (https://owasp.org/www-community/attacks/CSV_Injection: cells starting
 * with =, +, -, @, tab or carriage return get a leading single quote).
 */
class ResultCsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunAreNeutralised() {
    assertThat(ResultCsv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(ResultCsv.neutralise("+1")).isEqualTo("'+1");
    assertThat(ResultCsv.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(ResultCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ResultCsv.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(ResultCsv.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(ResultCsv.neutralise("sign-up")).isEqualTo("sign-up");
    assertThat(ResultCsv.neutralise("")).isEmpty();
  }

  @Test
  void resultsCarryUnitSampleSizeAndIntervalAndNumbersStayNumbers() {
    Map<String, org.cxkit.metrics.MetricResult> results = new LinkedHashMap<>();
    results.put("=cmd|' /C calc'!A0", Nps.of(0, 0, 0, 10));
    results.put("csat", ScaleMetrics.csat().compute(new int[] {5, 4, 2}));
    results.put("nobody", Nps.of());
    StringWriter out = new StringWriter();
    ResultCsv.results(results, out);
    String[] lines = out.toString().split("\r\n", -1);
    assertThat(lines[0])
        .isEqualTo(
            "name,metric,n,value,unit,interval_lower,interval_upper,interval_level,"
                + "interval_method,reason");
    // A name that would run as a formula is quoted text; the NPS of -50 is a number.
    assertThat(lines[1]).startsWith("\"'=cmd|' /C calc'!A0\",nps,4,-50,nps points,");
    assertThat(lines[2]).startsWith("csat,csat,3,");
    assertThat(lines[2]).contains(",% good box,");
    assertThat(lines[3]).isEqualTo("nobody,nps,0,,nps points,,,,,no responses");
    assertThat(lines).hasSize(5);
  }

  @Test
  void scorecardHasOneRowPerTouchpointAndRollup() {
    List<Response> rs = new ArrayList<>();
    int[] scores = {9, 10, 3, 8, 7};
    for (int i = 0; i < scores.length; i++) {
      rs.add(Response.of("r" + i, "nps", scores[i]).withTouchpoint("order"));
    }
    ScorecardResult card = Scorecard.of(CsvPartsTest.JOURNEY).compute(rs);
    StringWriter out = new StringWriter();
    ResultCsv.scorecard(card, out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "journey,level,name,stage,phase,metric,n,value,unit,interval_lower,interval_upper,"
                + "interval_level,interval_method,reason,target,status,gap");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("onboarding,touchpoint,order,sign-up,during,nps,5,"))
        .hasSize(1);
    assertThat(lines).anyMatch(l -> l.startsWith("onboarding,stage,sign-up,,,"));
    assertThat(lines.length - 1)
        .isEqualTo(
            card.rows().size()
                + card.stages().size()
                + card.phases().size()
                + card.overall().size());
  }

  @Test
  void comparisonsAndInspection() {
    NpsResult a = Nps.of(10, 10, 9, 0);
    NpsResult b = Nps.of(10, 0, 0, 0);
    StringWriter out = new StringWriter();
    ResultCsv.comparisons(Map.of("2025 vs 2026", a.compare(b)), out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "name,n_a,nps_a,n_b,nps_b,difference,unit,interval_lower,interval_upper,"
                + "interval_level,interval_method,p");
    assertThat(lines[1]).startsWith("2025 vs 2026,4,50,4,-50,100,nps points,");
    StringWriter seen = new StringWriter();
    ResultCsv.inspection(ExportInspection.of(SurveyExportsTest.export("limesurvey.csv")), seen);
    assertThat(seen.toString().split("\r\n")[0])
        .isEqualTo("index,column,answered,distinct,min,max,guessed_measure,labels,values");
    assertThat(seen.toString()).contains("\r\n7,NPS,2,2,7,9,nps,,9 | 7\r\n");
  }
}

package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.Measure;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.junit.jupiter.api.Test;

class TrendTableTest {
  /** {@code n} answers of {@code score} in month {@code m} of 2026, about a touchpoint or none. */
  static void answers(List<Response> out, String touchpoint, int m, int score, int n) {
    for (int i = 0; i < n; i++) {
      Response r =
          Response.of("r-" + out.size(), "csat", score)
              .withTime(LocalDate.of(2026, m, 10).atTime(12, 0).toInstant(ZoneOffset.UTC));
      out.add(touchpoint.isEmpty() ? r : r.withTouchpoint(touchpoint));
    }
  }

  /** p̄ = 113/203 = 55.7 %; January's 40 % is below p̄ − 3·√(p̄(1 − p̄)/100) = 40.8 %. */
  @Test
  void aTrendTableShowsValuesChangesStatesAndCharts() {
    List<Response> rs = new ArrayList<>();
    answers(rs, "", 1, 5, 40);
    answers(rs, "", 1, 3, 60);
    answers(rs, "", 2, 5, 70);
    answers(rs, "", 2, 3, 30);
    answers(rs, "", 4, 5, 3);
    answers(rs, "arrival", 1, 5, 50);
    answers(rs, "arrival", 1, 2, 50);
    rs.add(Response.of("r-x", "csat", 4));
    Trends t =
        Trends.of(Measure.CSAT, Trends.Statistic.TOP_BOX, Trends.Period.MONTH, ZoneOffset.UTC);
    TrendResult r = t.newState().addAll(rs).result();
    String table = TextReport.table(r);
    assertThat(table)
        .isEqualTo(
            """
            Trend of csat: top-box share (%) by month, in Z
              changes from the period before: two-proportion z, Holm-adjusted across series, α 0.05; intervals at 95 %; periods with fewer than 30 answers are not tested
              answers without a time, in no period: 1
              series   period     n  value (%)  95% interval  change (%)  adj. p  note
              overall  2026-01  100       40.0    30.9..49.8                      outside the p chart's limits
                       2026-02  100       70.0    60.4..78.1       +30.0  <0.001  significant change
                       2026-03    0          -             -           -       -  no answers
                       2026-04    3      100.0   43.9..100.0           -       -  too few answers

              arrival  2026-01  100       50.0    40.4..59.6
                       2026-02    0          -             -           -       -  no answers
                       2026-03    0          -             -           -       -  no answers
                       2026-04    0          -             -           -       -  no answers
              control charts of overall: centre line 55.7 % (pooled), Laney σz 3.27
              control charts of arrival: centre line 50.0 % (pooled), Laney σz -
              terms: two-proportion z = z test of the difference of two shares; Holm = step-down correction that keeps the chance of any false alarm at α; p chart = 3σ limits of a share around the pooled centre line; p′ (Laney) widens them by the variation between periods; Wilson = score interval of a share (Wilson 1927)""");
  }

  /**
   * A trend that left answers out under {@link BadInput#collect(int)} says how many, under the
   * heading, with the first five listed by record and reason (never the answer), in the text table
   * in English and Finnish and in the HTML report; one without rejects says nothing of them.
   */
  @Test
  void aTrendThatLeftBadAnswersOutSaysHowMany() {
    List<Response> rs = new ArrayList<>();
    answers(rs, "", 1, 5, 40);
    for (int i = 0; i < 7; i++) {
      rs.add(
          Response.of("secret-" + i, "csat", 6 + i)
              .withTime(LocalDate.of(2026, 1, 10).atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }
    TrendResult r =
        Trends.of(Measure.CSAT, Trends.Statistic.TOP_BOX, Trends.Period.MONTH, ZoneOffset.UTC)
            .onBadInput(BadInput.collect(10))
            .newState()
            .addAll(rs)
            .result();
    assertThat(TextReport.table(r))
        .contains(
            "\n  rejected: 7"
                + "\n    record 40, field 'score': score off the csat scale 1..5"
                + "\n    record 41, field 'score': score off the csat scale 1..5"
                + "\n    record 42, field 'score': score off the csat scale 1..5"
                + "\n    record 43, field 'score': score off the csat scale 1..5"
                + "\n    record 44, field 'score': score off the csat scale 1..5"
                + "\n    ..."
                + "\n  series   period")
        .doesNotContain("secret-", "record 45");
    String fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build().table(r);
    assertThat(fi).contains("\n  hyl\u00e4tty: 7\n    record 40, field 'score'");
    String html = HtmlReport.builder().model(Fixtures.meetup()).trend(r).build().html();
    assertThat(html).contains("rejected: 7").doesNotContain("secret-");
    assertThat(TextReport.table(ReportFixtures.trend("arrival"))).doesNotContain("rejected");
  }
}

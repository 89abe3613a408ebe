package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxkit.metrics.analysis.TrendsContractTest.MONDAY;
import static org.cxkit.metrics.analysis.TrendsContractTest.SEEN;
import static org.cxkit.metrics.analysis.TrendsContractTest.SOME;
import static org.cxkit.metrics.analysis.TrendsContractTest.counts;
import static org.cxkit.metrics.analysis.TrendsContractTest.head;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/**
 * The contract kit run against trends that list their rejects ({@link BadInput#collect(int)
 * collect(3)}), so that the byte checks (corrupt, truncated, hostile fields) and the impossible
 * states cover the listed rejects too. A reject's index is relative to the state that saw the
 * record (as the scorecard's are), so a split lists other indices than one run: results are
 * compared on everything but which records are listed, and their number. That listed rejects merge
 * commutatively and associatively, to the same bytes, {@link TrendsTest} checks.
 */
class TrendsListedRejectsContractTest
    extends AnalysisContract<Response, TrendResult, Trends.State> {
  static final Trends LISTING = TrendsContractTest.WEEKLY.onBadInput(BadInput.collect(3));

  @Override
  protected Analysis<Response, TrendResult, Trends.State> analysis() {
    return LISTING;
  }

  @Override
  protected Response observation(SplittableRandom random) {
    return TrendsContractTest.answer(random);
  }

  @Override
  protected Map<String, List<Response>> specialSamples() {
    return TrendsContractTest.samples();
  }

  @Override
  protected boolean exact() {
    return false;
  }

  @Override
  protected boolean resultMayRefuse(RuntimeException refusal) {
    return refusal instanceof IllegalStateException
        && String.valueOf(refusal.getMessage()).contains("periods; use a longer period");
  }

  @Override
  protected void assertSameResult(TrendResult actual, TrendResult expected, String why) {
    assertThat(actual.rejects()).as(why).hasSameSizeAs(expected.rejects());
    assertThat(withoutListed(actual)).as(why).isEqualTo(withoutListed(expected));
  }

  private static TrendResult withoutListed(TrendResult r) {
    return new TrendResult(
        r.measure(),
        r.statistic(),
        r.period(),
        r.zone(),
        r.minimumN(),
        r.level(),
        r.correction(),
        r.baseline(),
        r.undated(),
        r.rejected(),
        ImmutableList.<Reject>of(),
        r.series());
  }

  /** One listed reject: its record index and field code (0 score, 1 time, 2 scores). */
  private static byte[] rejects(long count, long... indexAndField) {
    var w = head(0, 0).putLong(count).putInt(indexAndField.length / 2);
    for (int i = 0; i < indexAndField.length; i += 2) {
      w.putLong(indexAndField[i]).putByte((int) indexAndField[i + 1]);
    }
    return w.finish();
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("fewer listed than the policy lists", rejects(2, 0, 0));
    m.put("more listed than rejected", rejects(1, 0, 0, 1, 0));
    m.put("more listed than the policy lists", rejects(4, 0, 0, 1, 0, 2, 0, 3, 0));
    m.put("listed out of order", rejects(2, 5, 0, 4, 0));
    m.put("a listed index past the records seen", rejects(1, SEEN, 0));
    m.put("a field code no reject has", rejects(1, 0, 3));
    m.put(
        "answers and rejects past the records seen",
        counts(head(SEEN - 6, 1).putString("").putInt(1).putLong(MONDAY), SOME)
            .putLong(1)
            .putInt(1)
            .putLong(0)
            .putByte(0)
            .finish());
    return m;
  }
}

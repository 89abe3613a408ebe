package org.cxkit.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.InputLocation.RecordPosition;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.UpliftGroup;
import org.cxkit.metrics.analysis.UpliftResult;

/**
 * Writes metric results as JSON a dashboard can use directly: headline figures, sample sizes, 95 %
 * intervals, counts, and the reason when a figure is missing (no or too few responses). Absent
 * values are left out, never written as {@code null} or as a made-up 0. Pinned property order;
 * deterministic output.
 */
final class ResultWriter {
  static final double LEVEL = 0.95;

  /** Kinds of result objects: a closed list. */
  static final String NPS = "nps-result";

  static final String SCALE = "scale-result";
  static final String OTHER = "metric-result";
  static final String SCORECARD = "scorecard";
  static final String UPLIFT = "delight-uplift";
  private final JsonSink out;

  private ResultWriter(JsonSink out) {
    this.out = out;
  }

  static void result(MetricResult r, JsonSink out, boolean envelope) {
    ResultWriter w = new ResultWriter(out);
    w.out.startObject();
    if (envelope) {
      w.version();
    }
    w.resultFields(r);
    w.out.endObject();
    out.flush();
  }

  static void scorecard(ScorecardResult s, JsonSink out, boolean envelope) {
    ResultWriter w = new ResultWriter(out);
    w.out.startObject();
    if (envelope) {
      w.version();
    }
    w.kind(SCORECARD);
    w.scorecardFields(s);
    w.out.endObject();
    out.flush();
  }

  static void uplift(UpliftResult u, JsonSink out, boolean envelope) {
    ResultWriter w = new ResultWriter(out);
    w.out.startObject();
    if (envelope) {
      w.version();
    }
    w.kind(UPLIFT);
    w.upliftFields(u);
    w.out.endObject();
    out.flush();
  }

  private void version() {
    out.name("cxkit");
    out.string(ModelReader.VERSION);
  }

  private void kind(String kind) {
    out.name("kind");
    out.string(kind);
  }

  /** The kind of a metric result: one of a closed list, never a class name. */
  static String kindOf(MetricResult r) {
    return r instanceof NpsResult ? NPS : r instanceof ScaleResult ? SCALE : OTHER;
  }

  private void resultFields(MetricResult r) {
    kind(kindOf(r));
    out.name("metric");
    out.string(r.metric());
    out.name("n");
    out.number(r.n());
    number("headline", r.headline());
    Optional<String> reason = r.reason();
    if (reason.isPresent()) {
      out.name("reason");
      out.string(reason.get());
    }
    if (r instanceof NpsResult nps) {
      out.name("promoters");
      out.number(nps.promoters());
      out.name("passives");
      out.number(nps.passives());
      out.name("detractors");
      out.number(nps.detractors());
      number("promoterShare", nps.promoterShare());
      number("passiveShare", nps.passiveShare());
      number("detractorShare", nps.detractorShare());
      number("standardError", nps.standardError());
      interval("interval", nps.interval());
      histogram(nps.histogram());
    } else if (r instanceof ScaleResult s) {
      out.name("headlineKind");
      out.string(s.headlineKind().name());
      number("mean", s.mean());
      number("standardDeviation", s.standardDeviation());
      interval("meanInterval", s.meanInterval(LEVEL));
      number("topBoxShare", s.topBoxShare());
      number("goodBoxShare", s.goodBoxShare());
      number("bottomBoxShare", s.bottomBoxShare());
      interval("goodBoxInterval", s.goodBoxInterval(LEVEL));
      histogram(s.histogram());
    }
  }

  private void histogram(ScaleHistogram h) {
    out.name("histogram");
    out.startObject();
    out.name("min");
    out.number(h.scale().min());
    out.name("max");
    out.number(h.scale().max());
    out.name("better");
    out.string(h.scale().better().name());
    out.name("topBox");
    out.number(h.scale().topBox());
    out.name("goodBox");
    out.number(h.scale().goodBox());
    out.name("bottomBox");
    out.number(h.scale().bottomBox());
    out.name("counts");
    out.startArray();
    for (int p = h.scale().min(); p <= h.scale().max(); p++) {
      out.number(h.count(p));
    }
    out.endArray();
    out.endObject();
  }

  private void scorecardFields(ScorecardResult s) {
    out.name("journey");
    out.string(s.journey().value());
    out.name("minimumN");
    out.number(s.minimumN());
    if (s.weakestLink().isPresent()) {
      out.name("weakestLink");
      out.string(s.weakestLink().get().touchpoint().value());
    }
    if (s.weakestStage().isPresent()) {
      out.name("weakestStage");
      out.string(s.weakestStage().get().value());
    }
    out.name("rows");
    out.startArray();
    for (TouchpointScore t : s.rows()) {
      out.startObject();
      out.name("touchpoint");
      out.string(t.touchpoint().value());
      out.name("stage");
      out.string(t.stage().value());
      out.name("phase");
      out.string(t.phase().name());
      out.name("status");
      out.string(t.status().name());
      if (t.target().isPresent()) {
        MetricTarget target = t.target().get();
        out.name("target");
        out.startObject();
        out.name("measure");
        out.string(target.measure().value());
        out.name("threshold");
        out.number(target.threshold());
        out.endObject();
      }
      number("gap", t.gap());
      number("relativeGap", t.relativeGap());
      out.name("result");
      out.startObject();
      resultFields(t.result());
      out.endObject();
      out.endObject();
    }
    out.endArray();
    rollups("stages", s.stages());
    rollups("phases", s.phases());
    rollups("overall", s.overall());
    ids("noData", s.noData());
    out.name("unknownTouchpoints");
    out.startObject();
    for (Map.Entry<TouchpointId, Long> e : s.unknownTouchpoints().entrySet()) {
      out.name(e.getKey().value());
      out.number(e.getValue());
    }
    out.endObject();
    out.name("untagged");
    out.number(s.untagged());
    out.name("rejected");
    out.number(s.rejected());
    out.name("rejects");
    out.startArray();
    for (Reject r : s.rejects()) {
      // A scorecard's rejects are responses, located by their index (ScorecardResult checks it).
      RecordPosition at = (RecordPosition) r.location();
      out.startObject();
      out.name("index");
      out.number(at.index());
      if (at.field().isPresent()) {
        out.name("field");
        out.string(at.field().get());
      }
      out.name("reason");
      out.string(r.reason());
      out.endObject();
    }
    out.endArray();
    out.name("lowestScoreStages");
    out.startObject();
    for (Map.Entry<StageId, Long> e : s.lowestScoreStages().entrySet()) {
      out.name(e.getKey().value());
      out.number(e.getValue());
    }
    out.endObject();
    out.name("respondentsCompared");
    out.number(s.respondentsCompared());
  }

  private void rollups(String name, List<Rollup> rollups) {
    out.name(name);
    out.startArray();
    for (Rollup r : rollups) {
      out.startObject();
      out.name("level");
      out.string(r.level().name().toLowerCase(java.util.Locale.ROOT));
      out.name("name");
      out.string(r.name());
      out.name("measure");
      out.string(r.measure().value());
      out.name("result");
      out.startObject();
      resultFields(r.result());
      out.endObject();
      out.endObject();
    }
    out.endArray();
  }

  private void ids(String name, List<TouchpointId> ids) {
    out.name(name);
    out.startArray();
    for (TouchpointId id : ids) {
      out.string(id.value());
    }
    out.endArray();
  }

  private void upliftFields(UpliftResult u) {
    out.name("outcome");
    out.string(u.outcome().name());
    out.name("n");
    out.number(u.n());
    out.name("groups");
    out.startArray();
    List<UpliftResult.GroupStatistics<?>> stats = u.statistics();
    for (int i = 0; i < stats.size(); i++) {
      UpliftGroup g = u.groups().get(i);
      UpliftResult.GroupStatistics<?> st = stats.get(i);
      out.startObject();
      out.name("name");
      out.string(g.name());
      out.name("n");
      out.number(g.n());
      if (st instanceof UpliftResult.GroupStatistics.Binary b) {
        out.name("yes");
        out.number(b.yes());
      } else if (st instanceof UpliftResult.GroupStatistics.Nps p) {
        out.name("detractors");
        out.number(p.detractors());
        out.name("passives");
        out.number(p.passives());
        out.name("promoters");
        out.number(p.promoters());
      } else if (st instanceof UpliftResult.GroupStatistics.Numeric m) {
        out.name("mean");
        out.number(m.mean());
        out.name("sumOfSquares");
        out.number(m.sumOfSquares());
      }
      number("outcome", g.outcome());
      out.endObject();
    }
    out.endArray();
    number("overallOutcome", u.overallOutcome());
    number("absoluteUplift", u.absoluteUplift());
    number("relativeUplift", u.relativeUplift());
    interval("interval", u.interval(LEVEL));
  }

  private void number(String name, OptionalDouble value) {
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      out.name(name);
      out.number(value.getAsDouble());
    }
  }

  private void interval(String name, Optional<Interval> value) {
    if (value.isPresent()
        && Double.isFinite(value.get().lower())
        && Double.isFinite(value.get().upper())) {
      Interval i = value.get();
      out.name(name);
      out.startObject();
      out.name("lower");
      out.number(i.lower());
      out.name("upper");
      out.number(i.upper());
      out.name("level");
      out.number(i.level());
      out.name("method");
      out.string(i.method());
      out.endObject();
    }
  }
}

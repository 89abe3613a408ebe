package org.cxkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;

/**
 * Writes a {@link CxDocument} in the pinned property order of format 1.x. Empty lists, absent
 * optional values and empty sub-objects are left out; every scalar with a default is written, so a
 * document reads back without relying on defaults. Extensions are written after the known
 * properties of the object that held them.
 */
final class ModelWriter {
  private final JsonSink out;
  private final ImmutableMap<String, ImmutableMap<String, RawJson>> ext;
  private final JsonPointer path = new JsonPointer();

  private ModelWriter(JsonSink out, ImmutableMap<String, ImmutableMap<String, RawJson>> ext) {
    this.out = out;
    this.ext = ext;
  }

  static void write(CxDocument doc, JsonSink out) {
    new ModelWriter(out, doc.rawExtensions()).document(doc);
    out.flush();
  }

  private void document(CxDocument doc) {
    CxModel m = doc.model();
    out.startObject();
    out.name("cxkit");
    out.string(doc.formatVersion());
    out.name("name");
    out.string(m.name());
    if (!m.strategy().equals(Strategy.EMPTY)) {
      field("strategy");
      strategy(m.strategy());
      pop();
    }
    list("measures", m.declaredMeasures(), this::measure);
    list("personas", m.personas(), this::persona);
    list("journeys", m.journeys(), this::journey);
    end();
  }

  private void strategy(Strategy s) {
    out.startObject();
    list("businessGoals", s.businessGoals(), this::businessGoal);
    list("offerings", s.offerings(), this::offering);
    list("segments", s.segments(), this::segment);
    if (!s.market().isEmpty()) {
      field("market");
      out.startObject();
      list("competitors", s.market().competitors(), this::competitor);
      list("insights", s.market().insights(), this::insight);
      end();
      pop();
    }
    if (!s.intent().statements().isEmpty()) {
      field("intent");
      out.startObject();
      field("statements");
      out.startObject();
      s.intent()
          .statements()
          .forEach(
              (k, v) -> {
                out.name(k.name());
                out.string(v);
              });
      out.endObject();
      pop();
      end();
      pop();
    }
    if (s.maturity().isPresent()) {
      field("maturity");
      out.startObject();
      out.name("level");
      out.string(s.maturity().get().level().name());
      out.name("evidence");
      out.string(s.maturity().get().evidence());
      out.name("assessedOn");
      out.string(s.maturity().get().assessedOn().toString());
      end();
      pop();
    }
    end();
  }

  private void businessGoal(BusinessGoal g) {
    out.startObject();
    out.name("id");
    out.string(g.id().value());
    out.name("statement");
    out.string(g.statement());
    opt("target", g.target());
    opt("horizon", g.horizon());
    end();
  }

  private void offering(Offering o) {
    out.startObject();
    out.name("id");
    out.string(o.id().value());
    out.name("name");
    out.string(o.name());
    out.name("type");
    out.string(o.type().name());
    ValueProposition vp = o.valueProposition();
    if (!vp.isEmpty()) {
      field("valueProposition");
      out.startObject();
      strings("jobs", vp.jobs());
      strings("pains", vp.pains());
      strings("gains", vp.gains());
      opt("promise", vp.promise());
      end();
      pop();
    }
    end();
  }

  private void segment(Segment s) {
    out.startObject();
    out.name("id");
    out.string(s.id().value());
    out.name("name");
    out.string(s.name());
    opt("description", s.description());
    end();
  }

  private void competitor(Competitor c) {
    out.startObject();
    out.name("name");
    out.string(c.name());
    strings("strengths", c.strengths());
    strings("weaknesses", c.weaknesses());
    end();
  }

  private void insight(Insight i) {
    out.startObject();
    out.name("statement");
    out.string(i.statement());
    out.name("method");
    out.string(i.method().name());
    opt("source", i.source());
    end();
  }

  private void measure(Measure m) {
    out.startObject();
    out.name("id");
    out.string(m.id().value());
    out.name("name");
    out.string(m.name());
    field("scale");
    Scale s = m.scale();
    out.startObject();
    out.name("min");
    out.number(s.min());
    out.name("max");
    out.number(s.max());
    out.name("better");
    out.string(s.better().name());
    out.name("topBox");
    out.number(s.topBox());
    out.name("goodBox");
    out.number(s.goodBox());
    out.name("bottomBox");
    out.number(s.bottomBox());
    end();
    pop();
    end();
  }

  private void persona(Persona p) {
    out.startObject();
    out.name("id");
    out.string(p.id().value());
    out.name("name");
    out.string(p.name());
    if (p.segment().isPresent()) {
      out.name("segment");
      out.string(p.segment().get().value());
    }
    Profile pr = p.profile();
    if (!pr.equals(Profile.EMPTY)) {
      field("profile");
      out.startObject();
      strings("goals", pr.goals());
      strings("needs", pr.needs());
      strings("frustrations", pr.frustrations());
      enums("preferredChannels", pr.preferredChannels());
      end();
      pop();
    }
    opt("story", p.story());
    end();
  }

  private void journey(Journey j) {
    out.startObject();
    out.name("id");
    out.string(j.id().value());
    out.name("name");
    out.string(j.name());
    out.name("persona");
    out.string(j.persona().value());
    if (j.offering().isPresent()) {
      out.name("offering");
      out.string(j.offering().get().value());
    }
    out.name("status");
    out.string(j.status().name());
    Provenance p = j.provenance();
    if (!p.equals(Provenance.NONE)) {
      field("provenance");
      out.startObject();
      enums("methods", p.methods());
      if (!p.participants().isEmpty()) {
        field("participants");
        out.startObject();
        p.participants()
            .forEach(
                (k, v) -> {
                  out.name(k.name());
                  out.number(v);
                });
        end();
        pop();
      }
      if (p.validatedOn().isPresent()) {
        out.name("validatedOn");
        out.string(p.validatedOn().get().toString());
      }
      end();
      pop();
    }
    list("stages", j.stages(), this::stage);
    list("transitions", j.transitions(), this::transition);
    end();
  }

  private void stage(Stage s) {
    out.startObject();
    out.name("id");
    out.string(s.id().value());
    out.name("name");
    out.string(s.name());
    out.name("phase");
    out.string(s.phase().name());
    list("touchpoints", s.touchpoints(), this::touchpoint);
    end();
  }

  private void touchpoint(Touchpoint t) {
    out.startObject();
    out.name("id");
    out.string(t.id().value());
    out.name("name");
    out.string(t.name());
    out.name("kind");
    out.string(t.kind().name());
    if (t.initiator().isPresent()) {
      out.name("initiator");
      out.string(t.initiator().get().name());
    }
    if (t.receiver().isPresent()) {
      out.name("receiver");
      out.string(t.receiver().get().name());
    }
    out.name("channel");
    out.string(t.channel().name());
    out.name("ownership");
    out.string(t.ownership().name());
    out.name("controllable");
    out.bool(t.controllable());
    opt("owner", t.owner());
    if (!t.frontstage().isEmpty()) {
      field("frontstage");
      out.startObject();
      opt("description", t.frontstage().description());
      strings("evidence", t.frontstage().evidence());
      end();
      pop();
    }
    if (!t.backstage().isEmpty()) {
      field("backstage");
      out.startObject();
      strings("actions", t.backstage().actions());
      strings("processes", t.backstage().processes());
      strings("systems", t.backstage().systems());
      strings("roles", t.backstage().roles());
      end();
      pop();
    }
    TouchpointGoals g = t.goals();
    if (!g.equals(TouchpointGoals.NONE)) {
      field("goals");
      out.startObject();
      strings("does", g.does());
      strings("thinks", g.thinks());
      strings("feels", g.feels());
      strings("place", g.place());
      strings("processes", g.processes());
      strings("communication", g.communication());
      end();
      pop();
    }
    out.name("momentOfTruth");
    out.bool(t.momentOfTruth());
    strings("failPoints", t.failPoints());
    enums("realms", t.realms());
    list("measures", t.measures(), this::target);
    out.name("mainPath");
    out.bool(t.mainPath());
    end();
  }

  private void target(MetricTarget m) {
    out.startObject();
    out.name("measure");
    out.string(m.measure().value());
    out.name("threshold");
    out.number(m.threshold());
    end();
  }

  private void transition(Transition t) {
    out.startObject();
    out.name("from");
    out.string(t.from().value());
    out.name("to");
    out.string(t.to().value());
    out.name("kind");
    out.string(t.kind().name());
    opt("note", t.note());
    end();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private interface ElementWriter<T> {
    void write(T value);
  }

  private <T> void list(String name, List<T> values, ElementWriter<T> element) {
    if (values.isEmpty()) {
      return;
    }
    field(name);
    out.startArray();
    for (int i = 0; i < values.size(); i++) {
      push(i);
      element.write(values.get(i));
      pop();
    }
    out.endArray();
    pop();
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.name(name);
    out.startArray();
    for (String v : values) {
      out.string(v);
    }
    out.endArray();
  }

  private void enums(String name, Collection<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return;
    }
    out.name(name);
    out.startArray();
    for (Enum<?> v : values) {
      out.string(v.name());
    }
    out.endArray();
  }

  private void opt(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.name(name);
      out.string(value.get());
    }
  }

  /** Writes a property name and enters it in the pointer. */
  private void field(String name) {
    out.name(name);
    path.push(name);
  }

  private void push(int index) {
    path.push(index);
  }

  private void pop() {
    path.pop();
  }

  /** Writes the extensions of the current object, then ends it. */
  private void end() {
    if (!ext.isEmpty()) {
      ImmutableMap<String, RawJson> here = ext.get(path.current());
      if (here != null) {
        for (Map.Entry<String, RawJson> e : here.entrySet()) {
          out.name(e.getKey());
          e.getValue().writeTo(out);
        }
      }
    }
    out.endObject();
  }
}

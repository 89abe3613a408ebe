package org.cxkit.metrics.host;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.host.ContactOutcomes.Contact;
import org.cxkit.metrics.host.ContactOutcomes.Result;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;
import org.cxkit.metrics.tck.AnalysisContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract kit fails an analysis with a planted bug: each bug below breaks one clause of the
 * contract, and the kit, run through the JUnit launcher, must report it (while the same analysis
 * without the bug passes every check).
 */
class ContractKitCatchesPlantedBugsTest {
  /** One bug each. */
  enum Bug {
    NONE,
    MERGE_CHANGES_ITS_ARGUMENT,
    MERGE_KEEPS_THE_LARGER_STATE,
    DECODER_TRUSTS_THE_CHECKSUM,
    ENCODING_DROPS_THE_RESOLVED_COUNTS,
    COPY_SHARES_THE_STATE,
    DECODER_IGNORES_TRAILING_BYTES
  }

  /** The host analysis with a bug planted in its state or decoder. */
  static final class Buggy implements Analysis<Contact, Result, Buggy.State> {
    private final Bug bug;

    Buggy(Bug bug) {
      this.bug = bug;
    }

    @Override
    public String id() {
      return "acme.buggy";
    }

    @Override
    public State newState() {
      return new State(new ContactOutcomes.State(), bug);
    }

    @Override
    public State decode(byte[] bytes) {
      requireNonNull(bytes, "bytes");
      byte[] in = bytes;
      if (bug == Bug.DECODER_IGNORES_TRAILING_BYTES && bytes.length > 26) {
        in = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, newState().toBytes().length));
      }
      return new State(ContactOutcomes.decode(in, bug != Bug.DECODER_TRUSTS_THE_CHECKSUM), bug);
    }

    static final class State implements MergeableState<Contact, Result, State> {
      private ContactOutcomes.State inner;
      private final Bug bug;

      State(ContactOutcomes.State inner, Bug bug) {
        this.inner = inner;
        this.bug = bug;
      }

      @Override
      public void add(Contact observation) {
        inner.add(observation);
      }

      private long total() {
        long t = 0;
        for (long c : inner.contacts) {
          t += c;
        }
        return t;
      }

      @Override
      public State merge(State other) {
        requireNonNull(other, "other");
        switch (bug) {
          case MERGE_CHANGES_ITS_ARGUMENT:
            inner.merge(other.inner);
            java.util.Arrays.fill(other.inner.resolved, 0);
            break;
          case MERGE_KEEPS_THE_LARGER_STATE:
            if (other.total() > total()) {
              inner = other.inner.copy();
            }
            break;
          default:
            inner.merge(other.inner);
        }
        return this;
      }

      @Override
      public Result result() {
        return inner.result();
      }

      @Override
      public State copy() {
        return new State(bug == Bug.COPY_SHARES_THE_STATE ? inner : inner.copy(), bug);
      }

      @Override
      public byte[] toBytes() {
        if (bug == Bug.ENCODING_DROPS_THE_RESOLVED_COUNTS) {
          return ContactOutcomes.encode(inner.contacts, new long[inner.contacts.length]);
        }
        return inner.toBytes();
      }
    }
  }

  /**
   * The kit, against the analysis with the bug {@link #failures} plants; skipped when the build's
   * test runner finds it on its own.
   */
  @EnabledIf("launched")
  static final class Kit extends AnalysisContract<Contact, Result, Buggy.State> {
    static volatile Bug bug = Bug.NONE;
    static volatile boolean launched;

    static boolean launched() {
      return launched;
    }

    private final ContactOutcomesContractTest plain = new ContactOutcomesContractTest();

    @Override
    protected Analysis<Contact, Result, Buggy.State> analysis() {
      return new Buggy(bug);
    }

    @Override
    protected Contact observation(SplittableRandom random) {
      return plain.observation(random);
    }

    @Override
    protected Map<String, List<Contact>> specialSamples() {
      return plain.specialSamples();
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      return plain.impossibleStates();
    }
  }

  private static List<String> failures(Bug bug) {
    Kit.bug = bug;
    Kit.launched = true;
    try {
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Kit.class)).build(),
          listener);
      TestExecutionSummary summary = listener.getSummary();
      // a replay (-Dcx.seed) runs each seeded check of the kit once
      assertThat(summary.getTestsFoundCount())
          .as("the kit runs tests")
          .isGreaterThan(Seeds.fromProperty().isPresent() ? 5 : 10);
      return summary.getFailures().stream()
          .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException().getMessage())
          .collect(Collectors.toList());
    } finally {
      Kit.bug = Bug.NONE;
      Kit.launched = false;
    }
  }

  @Test
  void theKitPassesTheAnalysisWithoutABug() {
    assertThat(failures(Bug.NONE)).isEmpty();
  }

  @Test
  void theKitCatchesAMergeThatChangesItsArgument() {
    assertThat(failures(Bug.MERGE_CHANGES_ITS_ARGUMENT))
        .anySatisfy(f -> assertThat(f).contains("merge changed its argument"));
  }

  @Test
  void theKitCatchesAMergeThatIsNotAddition() {
    assertThat(failures(Bug.MERGE_KEEPS_THE_LARGER_STATE))
        .anySatisfy(f -> assertThat(f).contains("a split, merged, differs from one run"));
  }

  @Test
  void theKitCatchesADecoderThatOnlyChecksTheChecksum() {
    assertThat(failures(Bug.DECODER_TRUSTS_THE_CHECKSUM))
        .anySatisfy(f -> assertThat(f).contains("impossible state"));
  }

  @Test
  void theKitCatchesAnEncodingThatLosesPartOfTheState() {
    assertThat(failures(Bug.ENCODING_DROPS_THE_RESOLVED_COUNTS))
        .anySatisfy(f -> assertThat(f).contains("a decoded state gives another result"));
  }

  @Test
  void theKitCatchesACopyThatSharesTheState() {
    assertThat(failures(Bug.COPY_SHARES_THE_STATE))
        .anySatisfy(f -> assertThat(f).contains("changing a copy changed the original"));
  }

  @Test
  void theKitCatchesADecoderThatAcceptsTrailingBytes() {
    assertThat(failures(Bug.DECODER_IGNORES_TRAILING_BYTES))
        .anySatisfy(f -> assertThat(f).contains("trailing bytes"));
  }
}

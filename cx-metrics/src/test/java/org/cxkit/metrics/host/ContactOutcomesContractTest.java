package org.cxkit.metrics.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.journey.Channel;
import org.cxkit.metrics.host.ContactOutcomes.Contact;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against a host's own analysis, which uses none of cxkit's internals. */
class ContactOutcomesContractTest
    extends AnalysisContract<Contact, ContactOutcomes.Result, ContactOutcomes.State> {
  private static final int CHANNELS = Channel.values().length;

  @Override
  protected ContactOutcomes analysis() {
    return new ContactOutcomes();
  }

  @Override
  protected Contact observation(SplittableRandom random) {
    return new Contact(Channel.values()[random.nextInt(4)], random.nextInt(10) < 7);
  }

  @Override
  protected Map<String, List<Contact>> specialSamples() {
    return Map.of(
        "all resolved on the phone",
        Collections.nCopies(12, new Contact(Channel.PHONE, true)),
        "none resolved in chat",
        Collections.nCopies(5, new Contact(Channel.CHAT, false)));
  }

  static byte[] counts(int channel, long contacts, long resolved) {
    long[] c = new long[CHANNELS];
    long[] r = new long[CHANNELS];
    c[channel] = contacts;
    r[channel] = resolved;
    return ContactOutcomes.encode(c, r);
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("more resolved than contacts", counts(1, 2, 3));
    m.put("a negative count", counts(0, -1, 0));
    long[] c = new long[CHANNELS];
    c[0] = Long.MAX_VALUE;
    c[1] = 1;
    m.put("more contacts than a long counts", ContactOutcomes.encode(c, new long[CHANNELS]));
    return m;
  }
}

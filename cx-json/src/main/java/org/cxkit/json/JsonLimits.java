package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits {@link CxJson} puts on JSON input, well below Jackson's own defaults (which allow
 * nesting 1000, strings of 20,000,000 characters, numbers of 1000 digits and documents of any
 * length). A document over a limit fails with a {@link CxJsonException} of kind {@link
 * org.cxkit.metrics.BadInputException.Kind#LIMIT}.
 *
 * <p>A host that reads cxkit documents with its own {@code ObjectMapper} (through {@link
 * CxJacksonModule}) keeps its own mapper's limits.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays (default 64)
 * @param maxStringLength longest string value, in characters (default 1,000,000)
 * @param maxNumberLength longest number, in characters (default 64)
 * @param maxNameLength longest property name, in characters (default 256)
 * @param maxDocumentBytes largest document, in bytes (for text input: characters) (default 16 MiB)
 * @param maxTokenCount most tokens in one document (default 1,000,000)
 * @since 0.1
 */
public record JsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxDocumentBytes,
    long maxTokenCount) {

  /**
   * The defaults: nesting 64, strings 1 MB, numbers 64, names 256, documents 16 MiB, 1 M tokens.
   */
  public static final JsonLimits DEFAULTS =
      new JsonLimits(64, 1_000_000, 64, 256, 16L << 20, 1_000_000L);

  /**
   * Creates limits; every limit must be positive, and documents may be at most 2 GiB - 1 bytes
   * (they are read into memory).
   *
   * @param maxNestingDepth deepest nesting of objects and arrays
   * @param maxStringLength longest string value, in characters
   * @param maxNumberLength longest number, in characters
   * @param maxNameLength longest property name, in characters
   * @param maxDocumentBytes largest document, in bytes
   * @param maxTokenCount most tokens in one document
   */
  public JsonLimits {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive, got %s", maxNestingDepth);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive, got %s", maxStringLength);
    checkArgument(maxNumberLength > 0, "maxNumberLength must be positive, got %s", maxNumberLength);
    checkArgument(maxNameLength > 0, "maxNameLength must be positive, got %s", maxNameLength);
    checkArgument(
        maxDocumentBytes > 0 && maxDocumentBytes < Integer.MAX_VALUE - 16,
        "maxDocumentBytes must be in 1..2^31-17, got %s",
        maxDocumentBytes);
    checkArgument(maxTokenCount > 0, "maxTokenCount must be positive, got %s", maxTokenCount);
  }
}

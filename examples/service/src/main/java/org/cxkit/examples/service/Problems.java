package org.cxkit.examples.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.json.CxJsonException;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every failure: cxkit's {@link BadInputException} (found in Spring's
 * or Jackson's wrappers by {@link BadInputException#in}) is a 400 whose {@code code} is the
 * exception's kind, with {@code pointer}, {@code line} and {@code column} (or {@code row} and
 * {@code column}, or {@code record} and {@code field}), {@code expected} and {@code found}, none of
 * which repeats the input; Spring's own failures (405, 415, a missing parameter) are answered by
 * {@link ResponseEntityExceptionHandler}; anything else is a 500 that says no more than that.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {
  /** The problem type of bad input. */
  public static final URI BAD_INPUT = URI.create("https://cxkit.org/problems/bad-input");

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  /** Creates the handler; Spring calls it. */
  public Problems() {}

  /**
   * A problem reply other than bad input, as an exception the handler answers.
   *
   * @param status the status
   * @param title the title
   * @param detail the detail, which must not repeat the input
   * @return the exception
   */
  static ErrorResponseException of(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return new ErrorResponseException(status, p, null);
  }

  /**
   * Answers bad input: 400 with what was wrong and where.
   *
   * @param e the failure
   * @return the reply
   */
  @ExceptionHandler(BadInputException.class)
  public ResponseEntity<ProblemDetail> badInput(BadInputException e) {
    return ResponseEntity.badRequest().body(problem(e));
  }

  /**
   * Answers any other failure: 400 if bad input is inside it, else 500 (logged, never described).
   *
   * @param e the failure
   * @return the reply
   */
  @ExceptionHandler(RuntimeException.class)
  public ResponseEntity<ProblemDetail> other(RuntimeException e) {
    Optional<BadInputException> bad = BadInputException.in(e);
    if (bad.isPresent()) {
      return badInput(bad.get());
    }
    LOG.error("request failed", e);
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "see the log");
    p.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(p);
  }

  /**
   * The problem details of bad input.
   *
   * @param e the failure
   * @return the problem details
   */
  public static ProblemDetail problem(BadInputException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setType(BAD_INPUT);
    p.setTitle("Bad input");
    p.setProperty("code", e.kind().name());
    e.location().ifPresent(at -> where(at, p));
    e.expected().ifPresent(v -> p.setProperty("expected", v));
    e.found().ifPresent(v -> p.setProperty("found", v));
    if (e instanceof CxJsonException j && j.problems().size() > 1) {
      List<Map<String, String>> all = new ArrayList<>();
      for (CxJsonException.JsonProblem q : j.problems()) {
        all.add(Map.of("pointer", q.pointer(), "message", q.message()));
      }
      p.setProperty("problems", all);
    }
    return p;
  }

  private static void where(InputLocation at, ProblemDetail p) {
    if (at instanceof InputLocation.DocumentPosition d) {
      p.setProperty("pointer", d.pointer());
      d.line().ifPresent(l -> p.setProperty("line", l));
      d.column().ifPresent(c -> p.setProperty("column", c));
    } else if (at instanceof InputLocation.TablePosition t) {
      p.setProperty("row", t.row());
      t.column().ifPresent(c -> p.setProperty("column", c));
    } else if (at instanceof InputLocation.RecordPosition r) {
      p.setProperty("record", r.index());
      r.field().ifPresent(f -> p.setProperty("field", f));
    }
  }
}

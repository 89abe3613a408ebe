// cxkit's JShell start-up: a feedback mode that never truncates results, then the common imports.
// Opened by examples/jshell, which starts JShell with --feedback cx.
//
// The mode "cx" is JShell's "normal" mode (`/set mode normal` prints its definition) with one
// change: results are never truncated (normal cuts a value longer than 80 characters in the
// middle, "... ", even inside a number). It is written out in full because JShell reads start-up
// files before its predefined modes exist, so `/set mode cx normal` cannot copy it here. In your
// own JShell, `/open examples/cx.jsh` and `/set feedback cx` do the same. Multi-line tables come
// from cx-report: System.out.println(TextReport.table(result)).
/set mode cx -command
/set prompt cx "\njshell> " "   ...> "
/set format cx action "created" added-primary
/set format cx action "modified" modified-primary
/set format cx action "replaced" replaced-primary
/set format cx action "overwrote" overwrote-primary
/set format cx action "dropped" dropped-primary
/set format cx action "  update created" added-update
/set format cx action "  update modified" modified-update
/set format cx action "  update replaced" replaced-update
/set format cx action "  update overwrote" overwrote-update
/set format cx action "  update dropped" dropped-update
/set format cx display "{result}{pre}created scratch variable {name} : {type}{post}" expression-added,modified,replaced-primary
/set format cx display "{result}{pre}value of {name} : {type}{post}" varvalue-added,modified,replaced-primary
/set format cx display "{result}{pre}assigned to {name} : {type}{post}" assignment-primary
/set format cx display "{result}{pre}{action} variable {name} : {type}{resolve}{post}" varinit,vardecl
/set format cx display "{pre}{action} variable {name}{resolve}{post}" vardecl,varinit-notdefined
/set format cx display "{pre}{action} variable {name}{post}" dropped-vardecl,varinit,expression
/set format cx display "{pre}{action} {typeKind} {name}{resolve}{post}" class,interface,enum,annotation,record
/set format cx display "{pre}{action} method {name}({type}){resolve}{post}" method
/set format cx display "{pre}attempted to use {typeKind} {name}{resolve}{post}" used-class,interface,enum,annotation,record
/set format cx display "{pre}attempted to call method {name}({type}){resolve}{post}" used-method
/set format cx display "" added,modified,replaced,overwrote,dropped-update
/set format cx display "{pre}{action} variable {name}, reset to null{post}" replaced-vardecl,varinit-ok-update
/set format cx display "{pre}{action} variable {name}{resolve}{post}" replaced-vardecl,varinit-notdefined
/set format cx display "{result}" added,modified,replaced-expression,varvalue,assignment,varinit,vardecl-ok-primary
/set format cx err "%6$s" 
/set format cx errorline "{post}{pre}    {err}" 
/set format cx errorpost "%n" 
/set format cx errorpre "|  " 
/set format cx errors "%5$s" 
/set format cx name "%1$s" 
/set format cx post "%n" 
/set format cx pre "|  " 
/set format cx resolve "{until}{unrerr}" defined,notdefined-added,modified,replaced,used
/set format cx result "{name} ==> {value}{post}" added,modified,replaced-ok-primary
/set format cx type "%2$s" 
/set format cx typeKind "class" class
/set format cx typeKind "interface" interface
/set format cx typeKind "enum" enum
/set format cx typeKind "annotation interface" annotation
/set format cx typeKind "record" record
/set format cx unrerr "{unresolved} is declared" unresolved1-error0
/set format cx unrerr "{unresolved} are declared" unresolved2-error0
/set format cx unrerr " this error is corrected: {errors}" unresolved0-error1
/set format cx unrerr "{unresolved} is declared and this error is corrected: {errors}" unresolved1-error1
/set format cx unrerr "{unresolved} are declared and this error is corrected: {errors}" unresolved2-error1
/set format cx unrerr " these errors are corrected: {errors}" unresolved0-error2
/set format cx unrerr "{unresolved} is declared and these errors are corrected: {errors}" unresolved1-error2
/set format cx unrerr "{unresolved} are declared and these errors are corrected: {errors}" unresolved2-error2
/set format cx unresolved "%4$s" 
/set format cx until ", however, it cannot be instantiated or its methods invoked until" defined-class,record-primary
/set format cx until ", however, its methods cannot be invoked until" defined-interface-primary
/set format cx until ", however, it cannot be used until" defined-enum,annotation-primary
/set format cx until ", however, it cannot be invoked until" defined-method-primary
/set format cx until ", however, it cannot be referenced until" notdefined-primary
/set format cx until " which cannot be instantiated or its methods invoked until" defined-class,record-update
/set format cx until " whose methods cannot be invoked until" defined-interface-update
/set format cx until " which cannot be invoked until" defined-method-update
/set format cx until " which cannot be referenced until" notdefined-update
/set format cx value "%3$s" 
/set truncation cx 100000
/set truncation cx 100000 varvalue,expression
import org.cxkit.core.*;
import org.cxkit.core.journey.*;
import org.cxkit.core.graph.*;
import org.cxkit.core.strategy.*;
import org.cxkit.core.check.*;
import org.cxkit.core.observed.*;
import org.cxkit.metrics.*;
import org.cxkit.metrics.analysis.*;
import org.cxkit.metrics.spi.*;
import org.cxkit.metrics.journeys.*;
import org.cxkit.json.*;
import org.cxkit.report.*;
import org.cxkit.formats.*;
import org.cxkit.examples.*;
import java.nio.file.*;
import java.util.*;

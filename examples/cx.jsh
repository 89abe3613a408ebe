// cxkit's JShell start-up: the common imports. Opened by examples/jshell.
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

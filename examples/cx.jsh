// cxkit's JShell start-up: the common imports. Opened by examples/jshell.
import org.cxkit.core.*;
import org.cxkit.metrics.*;
import org.cxkit.json.*;
import org.cxkit.examples.*;
import java.nio.file.*;
import java.util.*;

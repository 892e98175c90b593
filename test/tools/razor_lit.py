"""The razortrace lit suite's test format (lit.cfg.py loads it from here: lit
hands the format to its worker processes, which must be able to import it)."""
import os
import shlex

import lit.formats
import lit.TestRunner


class QuotedPathsShTest(lit.formats.ShTest):
    """ShTest whose paths %s, %S, %t and %T are quoted for the shell, so a
    checkout or build directory whose path holds a blank (or any character
    the shell treats specially) runs the same tests.  lit's own %s and
    friends are not quoted; these come before them and leave them nothing to
    replace.  Paths of lit.cfg.py's own substitutions are quoted there."""

    def execute(self, test, litConfig):
        tmp_dir, tmp_base = lit.TestRunner.getTempPaths(test)
        source = test.getSourcePath()
        paths = [("%s", source), ("%S", os.path.dirname(source)),
                 ("%t", tmp_base + ".tmp"), ("%T", tmp_dir)]
        quoted = [(key, shlex.quote(path)) for key, path in paths]
        # ShTest.execute hands extra_substitutions to lit's runner, ahead of
        # the default ones, whatever else its signature holds in this lit.
        # A worker runs one test at a time.
        saved = getattr(self, "extra_substitutions", [])
        self.extra_substitutions = quoted + list(saved)
        try:
            return super().execute(test, litConfig)
        finally:
            self.extra_substitutions = saved

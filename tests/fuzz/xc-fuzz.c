/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the fuzz targets share: criticals are crashes, a broken invariant
 * aborts (libFuzzer then keeps the input), and a regression replay can say
 * what the input must do. */
#include "xc-fuzz.h"

#include <stdio.h>
#include <stdlib.h>

/* A critical is a broken precondition somewhere: as bad as a crash. GLib's
 * own fatal path raises SIGTRAP, which libFuzzer does not catch (no input
 * kept); abort() it is. */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
  return output;
}

void
xc_fuzz_init (void)
{
  g_log_set_writer_func (write_log, NULL, NULL);
}

void
xc_fuzz_fail (const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  fputs ("xc-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}

/* XC_FUZZ_EXPECT is set by the replay of tests/fuzz/regressions/ to
 * "refused" or "accepted": the fixed program must answer the file so. */
void
xc_fuzz_expect (gboolean    accepted,
                const char *reason)
{
  const char *expect = g_getenv ("XC_FUZZ_EXPECT");

  if (expect == NULL)
    return;
  if (g_str_equal (expect, "refused") && accepted)
    xc_fuzz_fail ("the input was accepted; it must be refused");
  if (g_str_equal (expect, "accepted") && !accepted)
    xc_fuzz_fail ("the input was refused; it must be accepted: %s", reason);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

/* xc-bench-json: reads FILE with the strict JSON reader and nothing else,
 * for the benchmark beside jq (bench-json.sh).
 *
 *   xc-bench-json FILE
 *
 * Prints the number of events and of units, as `jq '.units|length'` does. */

#include <stdio.h>

#include <xiachen.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(XcJsonReader) reader = NULL;
  g_autofree char *data = NULL;
  guint64 events = 0;
  guint64 units = 0;
  gboolean in_units = FALSE;
  XcJsonEvent event;
  gsize length;

  if (argc != 2)
    {
      fprintf (stderr, "usage: xc-bench-json FILE\n");
      return 2;
    }
  if (!g_file_get_contents (argv[1], &data, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }

  reader = xc_json_reader_new (data, length);
  while ((event = xc_json_reader_next (reader, &error)) != XC_JSON_EVENT_END)
    {
      guint depth = xc_json_reader_get_depth (reader);

      if (event == XC_JSON_EVENT_ERROR)
        {
          guint line, column;

          xc_json_reader_get_position (reader, &line, &column);
          fprintf (stderr, "%s:%u:%u: %s\n", argv[1], line, column, error->message);
          return 1;
        }
      events++;
      /* the members of the top object are at depth 1 */
      if (event == XC_JSON_EVENT_MEMBER && depth == 1)
        in_units = g_str_equal (xc_json_reader_get_text (reader, NULL), "units");
      else if (event == XC_JSON_EVENT_BEGIN_OBJECT && in_units && depth == 3)
        units++;
    }
  printf ("%" G_GUINT64_FORMAT " units, %" G_GUINT64_FORMAT " events\n", units, events);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-json"

#include "config.h"

#include <string.h>

#include "xc-json-writer.h"

/* The length of json-glib's "inf.0", "-inf.0", "nan.0" or "-nan.0" at @p,
 * or 0. */
static gsize
non_finite_length (const char *p,
                   const char *end)
{
  const char *q = p;

  if (q < end && *q == '-')
    q++;
  if (end - q >= 3 && (memcmp (q, "inf", 3) == 0 || memcmp (q, "nan", 3) == 0))
    {
      q += 3;
      if (end - q >= 2 && memcmp (q, ".0", 2) == 0)
        q += 2;
      return q - p;
    }
  return 0;
}

/* json-glib 1.6 writes U+001F and any byte of a string that is not UTF-8
 * as it is, which no strict reader (ours included) accepts. Its output is
 * mended in one pass: inside strings a raw control character becomes an
 * escape and a byte that is not UTF-8 becomes U+FFFD; outside them a
 * number that is not finite, which JSON cannot hold, becomes null. */
/* json-glib writes a double with 17 digits: 0.1 as 0.10000000000000001.
 * The shortest text that reads back as the same double is what a planner
 * typed, or would have. Returns the length of the number at @p, and its
 * shorter text in @shorter where there is one. */
static gsize
shorten_number (const char *p,
                const char *end,
                char        shorter[32])
{
  const char *q = p;
  gboolean fraction = FALSE;
  char text[64];
  double value;

  while (q < end && (g_ascii_isdigit (*q) || *q == '-' || *q == '+' || *q == '.' || *q == 'e'
                     || *q == 'E'))
    {
      fraction |= *q == '.' || *q == 'e' || *q == 'E';
      q++;
    }
  shorter[0] = '\0';
  if (!fraction || (gsize) (q - p) < 17 || (gsize) (q - p) >= sizeof text)
    return q - p;

  memcpy (text, p, q - p);
  text[q - p] = '\0';
  value = g_ascii_strtod (text, NULL);
  for (int precision = 1; precision < 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (shorter, 32, format, value);
      if (g_ascii_strtod (shorter, NULL) == value)
        return q - p;
    }
  shorter[0] = '\0';
  return q - p;
}

static char *
mend (const char *data,
      gsize       length,
      gsize      *out_length)
{
  GString *out = g_string_sized_new (length + 16);
  gboolean in_string = FALSE;
  const char *p = data;
  const char *end = data + length;
  const char *run = p;

  while (p < end)
    {
      guchar c = *p;

      if (!in_string)
        {
          gsize n = non_finite_length (p, end);

          if (n > 0)
            {
              g_string_append_len (out, run, p - run);
              g_string_append (out, "null");
              p += n;
              run = p;
              continue;
            }
          if (c == '-' || g_ascii_isdigit (c))
            {
              char shorter[32];
              gsize length = shorten_number (p, end, shorter);

              if (shorter[0] != '\0')
                {
                  g_string_append_len (out, run, p - run);
                  g_string_append (out, shorter);
                  run = p + length;
                }
              p += length;
              continue;
            }
          if (c == '"')
            in_string = TRUE;
          p++;
          continue;
        }

      if (c == '\\')
        p += p + 1 < end ? 2 : 1;
      else if (c == '"')
        {
          in_string = FALSE;
          p++;
        }
      else if (c < 0x20 || c == 0x7f)
        {
          g_string_append_len (out, run, p - run);
          g_string_append_printf (out, "\\u%04x", c);
          run = ++p;
        }
      else if (c < 0x80)
        p++;
      else
        {
          /* -1 and -2: not UTF-8 (surrogates and overlong forms included) */
          gunichar ch = g_utf8_get_char_validated (p, end - p);

          if (ch < 0x110000)
            {
              p = g_utf8_next_char (p);
              continue;
            }
          g_string_append_len (out, run, p - run);
          g_string_append (out, "\xef\xbf\xbd");
          run = ++p;
        }
    }
  g_string_append_len (out, run, p - run);

  if (out_length != NULL)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * xc_json_to_data:
 * @pretty: indent by two spaces, one member a line
 * @length: (out) (optional): the length of the text
 *
 * Writes @root as JSON that a strict reader accepts: every control
 * character escaped, the text UTF-8.
 *
 * Returns: (transfer full): the text, NUL-terminated
 */
char *
xc_json_to_data (JsonNode *root,
                 gboolean  pretty,
                 gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  gsize data_length;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &data_length);
  return mend (data, data_length, length);
}

/**
 * xc_json_append_string:
 * @out: where the JSON text goes
 * @text: (nullable): UTF-8, or not quite
 *
 * Appends @text as a JSON string, or `null` for %NULL, for output written
 * as it goes rather than built as a tree (a helper's tens of MB of
 * findings). What a strict reader needs, as xc_json_to_data() writes it: a
 * quote, a backslash and every control character escaped, and a byte that
 * is not UTF-8 replaced by U+FFFD.
 */
void
xc_json_append_string (GString    *out,
                       const char *text)
{
  static const char short_escapes[0x80] = {
    ['"'] = '"', ['\\'] = '\\', ['\b'] = 'b', ['\f'] = 'f', ['\n'] = 'n', ['\r'] = 'r', ['\t'] = 't',
  };
  const char *p = text;
  const char *run = text;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  while (*p != '\0')
    {
      guchar c = *p;

      if (c >= 0x20 && c < 0x7f && short_escapes[c] == 0)
        {
          p++;
          continue;
        }
      /* -1 and -2: not UTF-8 (surrogates and overlong forms included) */
      if (c >= 0x80 && g_utf8_get_char_validated (p, -1) < 0x110000)
        {
          p = g_utf8_next_char (p);
          continue;
        }
      g_string_append_len (out, run, p - run);
      if (c >= 0x80)
        g_string_append (out, "\xef\xbf\xbd");
      else if (short_escapes[c] != 0)
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, short_escapes[c]);
        }
      else
        g_string_append_printf (out, "\\u%04x", c);
      run = ++p;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "xc-json-reader.h"

/* A strict pull reader of JSON as RFC 8259 defines it, over a buffer held
 * by the caller. It never recurses (containers are a byte stack), never
 * allocates per token (strings are unescaped into one reused buffer) and
 * computes line and column only when asked, so reading costs one pass. */

G_DEFINE_QUARK (xc-json-error-quark, xc_json_error)

typedef enum
{
  STATE_VALUE,          /* a value: the document, after ':' or ',' in an array */
  STATE_FIRST_ELEMENT,  /* after '[': a value or ']' */
  STATE_FIRST_MEMBER,   /* after '{': a name or '}' */
  STATE_MEMBER,         /* after ',' in an object: a name */
  STATE_COLON,          /* after a name */
  STATE_AFTER_VALUE,    /* ',' or the end of the container, or of the document */
  STATE_DONE,
  STATE_ERROR,
} State;

/* Member names of the open objects, to refuse one named twice. Small objects
 * are searched linearly; one with many members gets a hash table. */
typedef struct
{
  guint32 hash;
  guint32 length;
  gsize   offset;      /* in names_text */
} Name;

typedef struct
{
  guint       first_name;   /* index in names */
  GHashTable *big;          /* names of an object with many members */
} Level;

#define BIG_OBJECT 16

struct _XcJsonReader
{
  const guchar *data;
  gsize         length;
  gsize         pos;
  gsize         token;      /* offset of the current event or error */
  State         state;
  guint         depth;
  guchar        containers[XC_JSON_MAX_DEPTH + 1];   /* '{' or '[' */
  Level         levels[XC_JSON_MAX_DEPTH + 1];

  char         *text;       /* the current string or number, NUL-terminated */
  gsize         text_length;
  gsize         text_size;

  GArray       *names;
  GString      *names_text;
};

/* Bytes that end a run of plain string characters: controls, '"', '\\'
 * and the start of a multi-byte sequence. */
static const guchar string_stop[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

XcJsonReader *
xc_json_reader_new (const char *data,
                    gsize       length)
{
  XcJsonReader *reader;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  reader = g_new0 (XcJsonReader, 1);
  reader->data = (const guchar *) data;
  reader->length = length;
  reader->text_size = 256;
  reader->text = g_malloc (reader->text_size);
  reader->text[0] = '\0';
  reader->names = g_array_new (FALSE, FALSE, sizeof (Name));
  reader->names_text = g_string_new (NULL);

  /* RFC 8259 lets a reader ignore a byte order mark; Windows editors write one. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    reader->pos = 3;
  return reader;
}

void
xc_json_reader_free (XcJsonReader *reader)
{
  if (reader == NULL)
    return;

  for (guint i = 0; i <= reader->depth && i <= XC_JSON_MAX_DEPTH; i++)
    g_clear_pointer (&reader->levels[i].big, g_hash_table_unref);
  g_array_unref (reader->names);
  g_string_free (reader->names_text, TRUE);
  g_free (reader->text);
  g_free (reader);
}

/* Text */

static inline void
text_reserve (XcJsonReader *reader,
              gsize         more)
{
  if (G_UNLIKELY (reader->text_length + more + 1 > reader->text_size))
    {
      while (reader->text_length + more + 1 > reader->text_size)
        reader->text_size *= 2;
      reader->text = g_realloc (reader->text, reader->text_size);
    }
}

static inline void
text_append (XcJsonReader *reader,
             const guchar *bytes,
             gsize         n)
{
  text_reserve (reader, n);
  memcpy (reader->text + reader->text_length, bytes, n);
  reader->text_length += n;
}

/* Errors */

static XcJsonEvent
fail (XcJsonReader *reader,
      gsize         offset,
      GError      **error,
      XcJsonError   code,
      const char   *format,
      ...) G_GNUC_PRINTF (5, 6);

static XcJsonEvent
fail (XcJsonReader *reader,
      gsize         offset,
      GError      **error,
      XcJsonError   code,
      const char   *format,
      ...)
{
  va_list args;

  reader->token = offset;
  reader->state = STATE_ERROR;
  if (error != NULL)
    {
      va_start (args, format);
      *error = g_error_new_valist (XC_JSON_ERROR, code, format, args);
      va_end (args);
    }
  return XC_JSON_EVENT_ERROR;
}

/* The length of the valid UTF-8 sequence at @p, or 0. */
static inline gsize
utf8_sequence (const guchar *p,
               gsize         available)
{
  guchar c = p[0];

  if (c < 0x80)
    return 1;
  if (c >= 0xc2 && c <= 0xdf)
    return available >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef)
    {
      guchar lo = c == 0xe0 ? 0xa0 : 0x80;
      guchar hi = c == 0xed ? 0x9f : 0xbf;   /* 0xed a0..bf would be a surrogate */

      return available >= 3 && p[1] >= lo && p[1] <= hi && (p[2] & 0xc0) == 0x80 ? 3 : 0;
    }
  if (c >= 0xf0 && c <= 0xf4)
    {
      guchar lo = c == 0xf0 ? 0x90 : 0x80;
      guchar hi = c == 0xf4 ? 0x8f : 0xbf;

      return available >= 4 && p[1] >= lo && p[1] <= hi
             && (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80 ? 4 : 0;
    }
  return 0;
}

/* How a message shows what it found at @offset: the end of the file, a
 * character, or the word it starts (“NaN”, “tru”). */
static char *
describe_at (XcJsonReader *reader,
             gsize         offset)
{
  const guchar *p = reader->data + offset;
  gsize available = reader->length - offset;
  gsize n;

  if (offset >= reader->length)
    return g_strdup (_("the end of the file"));

  if (g_ascii_isalpha (*p) || *p == '_')
    {
      for (n = 1; n < available && n < 24 && (g_ascii_isalnum (p[n]) || p[n] == '_'); n++)
        ;
      return g_strdup_printf ("“%.*s”", (int) n, p);
    }
  if (*p < 0x20 || *p == 0x7f)
    return g_strdup_printf ("U+%04X", *p);

  n = utf8_sequence (p, available);
  return g_strdup_printf ("“%.*s”", (int) MAX (n, 1), p);
}

static XcJsonEvent
fail_unexpected (XcJsonReader *reader,
                 GError      **error)
{
  g_autofree char *found = NULL;
  gsize at = reader->pos;

  if (at < reader->length && reader->data[at] >= 0x80
      && utf8_sequence (reader->data + at, reader->length - at) == 0)
    return fail (reader, at, error, XC_JSON_ERROR_NOT_UTF8, _("the file is not UTF-8 text"));

  found = describe_at (reader, at);
  if (at < reader->length && reader->data[at] == '/')
    return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                 _("found %s: JSON has no comments"), found);
  if (at < reader->length && reader->data[at] == '\'')
    return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                 _("found %s: JSON strings take double quotes"), found);

  switch (reader->state)
    {
    case STATE_VALUE:
      if (at < reader->length && reader->data[at] == ']' && reader->depth > 0
          && reader->containers[reader->depth] == '[')
        return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                     _("a comma before “]” is not allowed"));
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX, _("expected a value, found %s"), found);
    case STATE_FIRST_ELEMENT:
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                   _("expected a value or “]”, found %s"), found);
    case STATE_FIRST_MEMBER:
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                   _("expected a member name in double quotes or “}”, found %s"), found);
    case STATE_MEMBER:
      if (at < reader->length && reader->data[at] == '}')
        return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                     _("a comma before “}” is not allowed"));
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                   _("expected a member name in double quotes, found %s"), found);
    case STATE_COLON:
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                   _("expected “:” after the member name, found %s"), found);
    case STATE_AFTER_VALUE:
      if (reader->depth == 0)
        return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                     _("found %s after the end of the document"), found);
      if (reader->containers[reader->depth] == '{')
        return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                     _("expected “,” or “}”, found %s"), found);
      return fail (reader, at, error, XC_JSON_ERROR_SYNTAX,
                   _("expected “,” or “]”, found %s"), found);
    case STATE_DONE:
    case STATE_ERROR:
    default:
      g_assert_not_reached ();
    }
}

/* Strings */

static inline int
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" at @p, or -1. */
static inline int
read_hex4 (XcJsonReader *reader,
           gsize         p)
{
  int value = 0;

  if (p + 4 > reader->length)
    return -1;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (reader->data[p + i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* Reads the string whose opening quote is at reader->pos into text. */
static gboolean
read_string (XcJsonReader  *reader,
             GError       **error)
{
  const guchar *data = reader->data;
  gsize length = reader->length;
  gsize start = reader->pos;
  gsize p = start + 1;

  reader->text_length = 0;
  for (;;)
    {
      gsize run = p;
      guchar c;

      while (p < length && !string_stop[data[p]])
        p++;
      if (p > run)
        text_append (reader, data + run, p - run);
      if (G_UNLIKELY (p >= length))
        {
          fail (reader, start, error, XC_JSON_ERROR_SYNTAX,
                _("the string that starts here has no closing quote"));
          return FALSE;
        }

      c = data[p];
      if (c == '"')
        {
          reader->pos = p + 1;
          reader->text[reader->text_length] = '\0';
          return TRUE;
        }
      else if (c >= 0x80)
        {
          gsize n = utf8_sequence (data + p, length - p);

          if (n == 0)
            {
              fail (reader, p, error, XC_JSON_ERROR_NOT_UTF8, _("the file is not UTF-8 text"));
              return FALSE;
            }
          text_append (reader, data + p, n);
          p += n;
        }
      else if (c == '\\')
        {
          guchar escaped = p + 1 < length ? data[p + 1] : 0;
          char out;

          switch (escaped)
            {
            case '"': out = '"'; break;
            case '\\': out = '\\'; break;
            case '/': out = '/'; break;
            case 'b': out = '\b'; break;
            case 'f': out = '\f'; break;
            case 'n': out = '\n'; break;
            case 'r': out = '\r'; break;
            case 't': out = '\t'; break;
            case 'u':
              {
                int unit = read_hex4 (reader, p + 2);
                gunichar ch;
                char utf8[6];

                if (unit < 0)
                  {
                    fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                          _("“\\u” must be followed by four hexadecimal digits"));
                    return FALSE;
                  }
                if (unit == 0)
                  {
                    fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                          _("“\\u0000” (the NUL character) is not allowed in a string"));
                    return FALSE;
                  }
                if (unit >= 0xdc00 && unit <= 0xdfff)
                  {
                    fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                          _("“\\u%04X” is the second half of a surrogate pair without its first half"),
                          (guint) unit);
                    return FALSE;
                  }
                if (unit >= 0xd800 && unit <= 0xdbff)
                  {
                    int low = p + 7 < length && data[p + 6] == '\\' && data[p + 7] == 'u'
                              ? read_hex4 (reader, p + 8) : -1;

                    if (low < 0xdc00 || low > 0xdfff)
                      {
                        fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                              _("“\\u%04X” is the first half of a surrogate pair without its second half"),
                              (guint) unit);
                        return FALSE;
                      }
                    ch = 0x10000 + (((gunichar) unit - 0xd800) << 10) + ((gunichar) low - 0xdc00);
                    p += 6;
                  }
                else
                  ch = (gunichar) unit;
                text_append (reader, (const guchar *) utf8, g_unichar_to_utf8 (ch, utf8));
                p += 6;
                continue;
              }
            default:
              {
                g_autofree char *found = describe_at (reader, p + 1);

                fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                      _("“\\” followed by %s is not an escape JSON knows"), found);
                return FALSE;
              }
            }
          text_append (reader, (const guchar *) &out, 1);
          p += 2;
        }
      else
        {
          fail (reader, p, error, XC_JSON_ERROR_SYNTAX,
                _("the control character U+%04X must be written as an escape in a string"),
                (guint) c);
          return FALSE;
        }
    }
}

/* Numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
read_number (XcJsonReader  *reader,
             GError       **error)
{
  const guchar *data = reader->data;
  gsize length = reader->length;
  gsize start = reader->pos;
  gsize p = start;

  if (data[p] == '-')
    p++;
  if (p >= length || !g_ascii_isdigit (data[p]))
    {
      fail (reader, p, error, XC_JSON_ERROR_SYNTAX, _("expected a digit after “-”"));
      return FALSE;
    }
  if (data[p] == '0')
    {
      p++;
      if (p < length && g_ascii_isdigit (data[p]))
        {
          fail (reader, start, error, XC_JSON_ERROR_SYNTAX,
                _("a number cannot start with 0 followed by more digits"));
          return FALSE;
        }
    }
  else
    while (p < length && g_ascii_isdigit (data[p]))
      p++;

  if (p < length && data[p] == '.')
    {
      p++;
      if (p >= length || !g_ascii_isdigit (data[p]))
        {
          fail (reader, p, error, XC_JSON_ERROR_SYNTAX, _("expected a digit after the decimal point"));
          return FALSE;
        }
      while (p < length && g_ascii_isdigit (data[p]))
        p++;
    }

  if (p < length && (data[p] == 'e' || data[p] == 'E'))
    {
      p++;
      if (p < length && (data[p] == '+' || data[p] == '-'))
        p++;
      if (p >= length || !g_ascii_isdigit (data[p]))
        {
          fail (reader, p, error, XC_JSON_ERROR_SYNTAX, _("expected a digit in the exponent"));
          return FALSE;
        }
      while (p < length && g_ascii_isdigit (data[p]))
        p++;
    }

  reader->text_length = 0;
  text_append (reader, data + start, p - start);
  reader->text[reader->text_length] = '\0';
  reader->pos = p;
  return TRUE;
}

/* Member names */

static inline guint32
name_hash (const char *text,
           gsize       n)
{
  guint32 h = 5381;

  for (gsize i = 0; i < n; i++)
    h = h * 33 + (guchar) text[i];
  return h;
}

/* FALSE if the current text names a member the open object already has. */
static gboolean
add_name (XcJsonReader *reader)
{
  Level *level = &reader->levels[reader->depth];
  const char *text = reader->text;
  gsize n = reader->text_length;
  guint32 hash;
  Name name;

  if (level->big != NULL)
    {
      if (g_hash_table_contains (level->big, text))
        return FALSE;
      g_hash_table_add (level->big, g_strndup (text, n));
      return TRUE;
    }

  hash = name_hash (text, n);
  for (guint i = level->first_name; i < reader->names->len; i++)
    {
      Name *other = &g_array_index (reader->names, Name, i);

      if (other->hash == hash && other->length == n
          && memcmp (reader->names_text->str + other->offset, text, n) == 0)
        return FALSE;
    }

  if (reader->names->len - level->first_name >= BIG_OBJECT)
    {
      /* Member names hold no NUL (\u0000 is refused), so C strings will do. */
      level->big = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = level->first_name; i < reader->names->len; i++)
        {
          Name *other = &g_array_index (reader->names, Name, i);

          g_hash_table_add (level->big,
                            g_strndup (reader->names_text->str + other->offset, other->length));
        }
      g_hash_table_add (level->big, g_strndup (text, n));
      return TRUE;
    }

  name.hash = hash;
  name.length = (guint32) n;
  name.offset = reader->names_text->len;
  g_string_append_len (reader->names_text, text, n);
  g_array_append_val (reader->names, name);
  return TRUE;
}

static void
drop_names (XcJsonReader *reader)
{
  Level *level = &reader->levels[reader->depth];

  if (level->first_name < reader->names->len)
    {
      g_string_truncate (reader->names_text,
                         g_array_index (reader->names, Name, level->first_name).offset);
      g_array_set_size (reader->names, level->first_name);
    }
  g_clear_pointer (&level->big, g_hash_table_unref);
}

/* Events */

static inline gboolean
match_literal (XcJsonReader *reader,
               const char   *word,
               gsize         n)
{
  const guchar *p = reader->data + reader->pos;
  gsize available = reader->length - reader->pos;

  if (available < n || memcmp (p, word, n) != 0)
    return FALSE;
  /* "truex" is a word JSON does not know, not true followed by x */
  if (available > n && (g_ascii_isalnum (p[n]) || p[n] == '_'))
    return FALSE;
  reader->pos += n;
  return TRUE;
}

static XcJsonEvent
read_value (XcJsonReader  *reader,
            GError       **error)
{
  guchar c = reader->data[reader->pos];

  switch (c)
    {
    case '{':
    case '[':
      if (reader->depth >= XC_JSON_MAX_DEPTH)
        return fail (reader, reader->pos, error, XC_JSON_ERROR_DEPTH,
                     _("nested more than %u levels deep"), XC_JSON_MAX_DEPTH);
      reader->depth++;
      reader->containers[reader->depth] = c;
      reader->pos++;
      if (c == '[')
        {
          reader->state = STATE_FIRST_ELEMENT;
          return XC_JSON_EVENT_BEGIN_ARRAY;
        }
      reader->levels[reader->depth].first_name = reader->names->len;
      reader->state = STATE_FIRST_MEMBER;
      return XC_JSON_EVENT_BEGIN_OBJECT;

    case '"':
      if (!read_string (reader, error))
        return XC_JSON_EVENT_ERROR;
      reader->state = STATE_AFTER_VALUE;
      return XC_JSON_EVENT_STRING;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!read_number (reader, error))
        return XC_JSON_EVENT_ERROR;
      reader->state = STATE_AFTER_VALUE;
      return XC_JSON_EVENT_NUMBER;

    case 't':
      if (!match_literal (reader, "true", 4))
        break;
      reader->state = STATE_AFTER_VALUE;
      return XC_JSON_EVENT_TRUE;

    case 'f':
      if (!match_literal (reader, "false", 5))
        break;
      reader->state = STATE_AFTER_VALUE;
      return XC_JSON_EVENT_FALSE;

    case 'n':
      if (!match_literal (reader, "null", 4))
        break;
      reader->state = STATE_AFTER_VALUE;
      return XC_JSON_EVENT_NULL;

    default:
      break;
    }
  return fail_unexpected (reader, error);
}

static inline void
skip_space (XcJsonReader *reader)
{
  const guchar *data = reader->data;
  gsize length = reader->length;
  gsize p = reader->pos;

  while (p < length && (data[p] == ' ' || data[p] == '\n' || data[p] == '\r' || data[p] == '\t'))
    p++;
  reader->pos = p;
}

/**
 * xc_json_reader_next:
 *
 * Reads the next event. After %XC_JSON_EVENT_END or %XC_JSON_EVENT_ERROR
 * (with @error set) it returns the same again.
 */
XcJsonEvent
xc_json_reader_next (XcJsonReader  *reader,
                     GError       **error)
{
  g_return_val_if_fail (reader != NULL, XC_JSON_EVENT_ERROR);

  for (;;)
    {
      guchar c;

      skip_space (reader);
      reader->token = reader->pos;

      switch (reader->state)
        {
        case STATE_DONE:
          return XC_JSON_EVENT_END;

        case STATE_ERROR:
          return fail (reader, reader->token, error, XC_JSON_ERROR_SYNTAX,
                       _("the reader has already stopped at an error"));

        case STATE_VALUE:
        case STATE_FIRST_ELEMENT:
          if (G_UNLIKELY (reader->pos >= reader->length))
            {
              if (reader->depth == 0 && reader->state == STATE_VALUE)
                return fail (reader, reader->pos, error, XC_JSON_ERROR_EMPTY,
                             _("the file is empty"));
              return fail_unexpected (reader, error);
            }
          if (reader->state == STATE_FIRST_ELEMENT && reader->data[reader->pos] == ']')
            {
              reader->pos++;
              reader->depth--;
              reader->state = STATE_AFTER_VALUE;
              return XC_JSON_EVENT_END_ARRAY;
            }
          return read_value (reader, error);

        case STATE_FIRST_MEMBER:
        case STATE_MEMBER:
          c = reader->pos < reader->length ? reader->data[reader->pos] : 0;
          if (c == '}' && reader->state == STATE_FIRST_MEMBER)
            {
              reader->pos++;
              drop_names (reader);
              reader->depth--;
              reader->state = STATE_AFTER_VALUE;
              return XC_JSON_EVENT_END_OBJECT;
            }
          if (c != '"' || reader->pos >= reader->length)
            return fail_unexpected (reader, error);
          if (!read_string (reader, error))
            return XC_JSON_EVENT_ERROR;
          if (!add_name (reader))
            return fail (reader, reader->token, error, XC_JSON_ERROR_DUPLICATE,
                         _("this object already has a member named “%s”"), reader->text);
          reader->state = STATE_COLON;
          return XC_JSON_EVENT_MEMBER;

        case STATE_COLON:
          if (reader->pos >= reader->length || reader->data[reader->pos] != ':')
            return fail_unexpected (reader, error);
          reader->pos++;
          reader->state = STATE_VALUE;
          continue;

        case STATE_AFTER_VALUE:
          if (reader->depth == 0)
            {
              if (reader->pos < reader->length)
                return fail_unexpected (reader, error);
              reader->state = STATE_DONE;
              return XC_JSON_EVENT_END;
            }
          if (reader->pos >= reader->length)
            return fail_unexpected (reader, error);
          c = reader->data[reader->pos];
          if (c == ',')
            {
              reader->pos++;
              reader->state = reader->containers[reader->depth] == '{' ? STATE_MEMBER : STATE_VALUE;
              continue;
            }
          if (c == '}' && reader->containers[reader->depth] == '{')
            {
              reader->pos++;
              drop_names (reader);
              reader->depth--;
              return XC_JSON_EVENT_END_OBJECT;
            }
          if (c == ']' && reader->containers[reader->depth] == '[')
            {
              reader->pos++;
              reader->depth--;
              return XC_JSON_EVENT_END_ARRAY;
            }
          return fail_unexpected (reader, error);

        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * xc_json_reader_get_text:
 * @length: (out) (optional): its length in bytes
 *
 * Returns: the current member name or string, unescaped, or the current
 *   number as written; NUL-terminated, valid until the next event
 */
const char *
xc_json_reader_get_text (XcJsonReader *reader,
                         gsize        *length)
{
  g_return_val_if_fail (reader != NULL, NULL);

  if (length != NULL)
    *length = reader->text_length;
  return reader->text;
}

/* The containers open after the current event: a begin event counts its
 * own container, an end event no longer does. */
guint
xc_json_reader_get_depth (XcJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->depth;
}

/* The byte offset where the current event or the error starts. */
gsize
xc_json_reader_get_offset (XcJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->token;
}

/* Just past the current event's token: a string's closing quote, a
 * container's bracket. */
gsize
xc_json_reader_get_end_offset (XcJsonReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);

  return reader->pos;
}

/**
 * xc_json_reader_skip_object:
 * @end: the offset just past the object's closing brace
 *
 * Right after %XC_JSON_EVENT_BEGIN_OBJECT, goes on after the object without
 * reading it. Only for bytes this reader has read before: the caller vouches
 * that up to @end they are one object it accepts (a record unchanged since
 * the file it came from was read).
 */
void
xc_json_reader_skip_object (XcJsonReader *reader,
                            gsize         end)
{
  g_return_if_fail (reader != NULL);
  g_return_if_fail (reader->state == STATE_FIRST_MEMBER);
  g_return_if_fail (end > reader->pos && end <= reader->length && reader->data[end - 1] == '}');

  reader->pos = end;
  drop_names (reader);
  reader->depth--;
  reader->state = STATE_AFTER_VALUE;
}

/**
 * xc_json_offset_to_position:
 * @line: (out): 1-based
 * @column: (out): 1-based, in characters, as an editor counts them
 *
 * Where byte @offset of @data is, counted only when a message needs it.
 */
void
xc_json_offset_to_position (const char *data,
                            gsize       offset,
                            guint      *line,
                            guint      *column)
{
  const char *p = data;
  const char *end = data + offset;
  const char *line_start = data;
  guint lines = 1;
  guint characters = 1;

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      lines++;
      line_start = ++p;
    }
  for (const char *q = line_start; q < end; q++)
    if (((guchar) *q & 0xc0) != 0x80)
      characters++;

  if (line != NULL)
    *line = lines;
  if (column != NULL)
    *column = characters;
}

void
xc_json_reader_get_position (XcJsonReader *reader,
                             guint        *line,
                             guint        *column)
{
  g_return_if_fail (reader != NULL);

  xc_json_offset_to_position ((const char *) reader->data, reader->token, line, column);
}

/**
 * xc_json_validate:
 *
 * Reads a whole document without keeping anything: for checks and fuzzing.
 * The error message starts with "LINE:COLUMN: ".
 *
 * Returns: %TRUE if @data is one JSON document as RFC 8259 defines it
 */
gboolean
xc_json_validate (const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(XcJsonReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  XcJsonEvent event;
  guint line, column;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  reader = xc_json_reader_new (data, length);
  while ((event = xc_json_reader_next (reader, &local_error)) != XC_JSON_EVENT_END)
    if (event == XC_JSON_EVENT_ERROR)
      {
        xc_json_reader_get_position (reader, &line, &column);
        g_set_error (error, XC_JSON_ERROR, local_error->code, "%u:%u: %s",
                     line, column, local_error->message);
        return FALSE;
      }
  return TRUE;
}

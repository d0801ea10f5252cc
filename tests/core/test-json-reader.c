/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "xc-test-util.h"

/* What the strict reader says of @json: NULL when it accepts it, else
 * "LINE:COLUMN: message". */
static char *
verdict (const char *json,
         gsize       length)
{
  g_autoptr(GError) error = NULL;

  if (xc_json_validate (json, length, &error))
    return NULL;
  g_assert_error (error, XC_JSON_ERROR, error->code);
  return g_strdup (error->message);
}

static void
assert_refused (const char *json,
                const char *position,
                const char *words)
{
  g_autofree char *message = verdict (json, strlen (json));

  if (message == NULL)
    g_error ("accepted: %s", json);
  if (!g_str_has_prefix (message, position) || strstr (message, words) == NULL)
    g_error ("%s: expected %s … %s, got %s", json, position, words, message);
}

static void
assert_accepted (const char *json)
{
  g_autofree char *message = verdict (json, strlen (json));

  if (message != NULL)
    g_error ("refused %s: %s", json, message);
}

/* Every document here is refused by RFC 8259 and was loaded by json-glib. */
static void
test_comments_are_refused (void)
{
  assert_refused ("// c\n{}", "1:1:", "no comments");
  assert_refused ("{\"a\": 1 /* c */}", "1:9:", "no comments");
}

static void
test_single_quotes_are_refused (void)
{
  assert_refused ("{'a': 1}", "1:2:", "double quotes");
}

static void
test_hex_nan_and_infinity_are_refused (void)
{
  assert_refused ("[0x10]", "1:3:", "“x10”");
  assert_refused ("[NaN]", "1:2:", "“NaN”");
  assert_refused ("[Infinity]", "1:2:", "“Infinity”");
  assert_refused ("[-Infinity]", "1:3:", "digit");
}

static void
test_leading_zeros_and_plus_are_refused (void)
{
  assert_refused ("[01]", "1:2:", "0 followed by more digits");
  assert_refused ("[-007]", "1:2:", "0 followed by more digits");
  assert_refused ("[+1]", "1:2:", "“+”");
  assert_refused ("[1.]", "1:4:", "decimal point");
  assert_refused ("[.5]", "1:2:", "“.”");
  assert_refused ("[1e]", "1:4:", "exponent");
  assert_accepted ("[0, -0, 0.5, -1.25e+3, 1E-2, 10]");
}

static void
test_trailing_data_is_refused (void)
{
  assert_refused ("{} x", "1:4:", "after the end");
  assert_refused ("{}{}", "1:3:", "after the end");
  assert_refused ("[1,]", "1:4:", "comma before “]”");
  assert_refused ("{\"a\": 1,}", "1:9:", "comma before “}”");
  assert_accepted ("  {}\r\n\t ");
}

static void
test_lone_surrogates_are_refused (void)
{
  assert_refused ("[\"\\ud800\"]", "1:3:", "first half");
  assert_refused ("[\"\\ud800x\"]", "1:3:", "first half");
  assert_refused ("[\"\\ud800\\u0041\"]", "1:3:", "first half");
  assert_refused ("[\n\n  \"ab\\udc00\"]", "3:6:", "second half");
  assert_accepted ("[\"\\ud83d\\ude00\"]");
}

static void
test_nul_escape_is_refused (void)
{
  assert_refused ("[\"a\\u0000\"]", "1:4:", "NUL");
}

static void
test_raw_control_characters_are_refused (void)
{
  assert_refused ("[\"a\x01\"]", "1:4:", "U+0001");
  assert_refused ("[\"a\tb\"]", "1:4:", "U+0009");
  assert_refused ("[\"a\nb\"]", "1:4:", "U+000A");
  /* DEL is not a control character to JSON */
  assert_accepted ("[\"a\x7f\"]");
}

static void
test_invalid_utf8_is_refused (void)
{
  const char *cases[] = {
    "[\"\xff\"]", "[\"\xc0\xaf\"]", "[\"\xed\xa0\x80\"]", "[\"\xf4\x90\x80\x80\"]",
    "[\"\xe4\xb8\"]", "[\xe4\xb8\xad]", "{\"\xc3\":1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (xc_json_validate (cases[i], strlen (cases[i]), &error));
      /* a valid character in the wrong place is a syntax error */
      if (i == 5)
        g_assert_error (error, XC_JSON_ERROR, XC_JSON_ERROR_SYNTAX);
      else
        g_assert_error (error, XC_JSON_ERROR, XC_JSON_ERROR_NOT_UTF8);
    }
  assert_accepted ("[\"中文 ü 😀\"]");
}

static void
test_duplicate_member_names_are_refused (void)
{
  g_autoptr(GString) big = g_string_new ("{");

  assert_refused ("{\"a\": 1, \"b\": {\"a\": 2}, \"a\": 3}", "1:25:", "“a”");
  /* the same name in different objects is fine */
  assert_accepted ("[{\"a\": 1}, {\"a\": 2, \"b\": {\"a\": 3}}]");
  /* escapes that spell the same name are the same name */
  assert_refused ("{\"ab\": 1, \"a\\u0062\": 2}", "1:11:", "“ab”");

  /* an object past the linear search keeps refusing */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (big, "\"m%u\": %u, ", i, i);
  g_string_append (big, "\"m57\": 0}");
  assert_refused (big->str, "1:", "“m57”");
  g_string_truncate (big, big->len - 9);
  g_string_append (big, "\"m100\": 0}");
  assert_accepted (big->str);
}

static void
test_deep_nesting_is_refused_without_recursion (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  /* 100,000 levels in 200 KB: a recursive reader would exhaust the stack */
  for (guint i = 0; i < 100000; i++)
    g_string_append (json, "[ ");
  g_assert_cmpuint (json->len, <=, 200 * 1024);
  g_assert_false (xc_json_validate (json->str, json->len, &error));
  g_assert_error (error, XC_JSON_ERROR, XC_JSON_ERROR_DEPTH);
  /* at the 201st bracket */
  g_assert_true (g_str_has_prefix (error->message, "1:401:"));

  g_string_truncate (json, 0);
  for (guint i = 0; i < XC_JSON_MAX_DEPTH; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < XC_JSON_MAX_DEPTH; i++)
    g_string_append_c (json, ']');
  assert_accepted (json->str);
}

static void
test_positions_are_line_and_character (void)
{
  /* columns count characters, as an editor does, not bytes */
  assert_refused ("{\n  \"名称\": \"甲\",\n  \"b\": tru\n}", "3:8:", "“tru”");
  assert_refused ("{\r\n\"a\": [1,,]}", "2:9:", "a value");
  /* an unterminated string is shown where it starts */
  assert_refused ("{\"a\":\n \"abc", "2:2:", "no closing quote");
  assert_refused ("{\"a\": 1", "1:8:", "the end of the file");
  assert_refused ("", "1:1:", "empty");
  assert_refused ("  \n ", "2:2:", "empty");
}

static void
test_events_and_text (void)
{
  const char *json = "\xef\xbb\xbf{\"a\\n\": [1.50, \"x\\\"\\u4e2d\", true, false, null], \"b\": {}}";
  g_autoptr(XcJsonReader) reader = xc_json_reader_new (json, strlen (json));
  const XcJsonEvent expected[] = {
    XC_JSON_EVENT_BEGIN_OBJECT, XC_JSON_EVENT_MEMBER, XC_JSON_EVENT_BEGIN_ARRAY,
    XC_JSON_EVENT_NUMBER, XC_JSON_EVENT_STRING, XC_JSON_EVENT_TRUE, XC_JSON_EVENT_FALSE,
    XC_JSON_EVENT_NULL, XC_JSON_EVENT_END_ARRAY, XC_JSON_EVENT_MEMBER,
    XC_JSON_EVENT_BEGIN_OBJECT, XC_JSON_EVENT_END_OBJECT, XC_JSON_EVENT_END_OBJECT,
    XC_JSON_EVENT_END, XC_JSON_EVENT_END,
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) error = NULL;
      XcJsonEvent event = xc_json_reader_next (reader, &error);
      gsize length;
      const char *text;

      g_assert_no_error (error);
      g_assert_cmpint (event, ==, expected[i]);
      text = xc_json_reader_get_text (reader, &length);
      if (i == 1)
        g_assert_cmpstr (text, ==, "a\n");
      else if (i == 3)
        g_assert_cmpstr (text, ==, "1.50");   /* numbers keep their text */
      else if (i == 4)
        {
          g_assert_cmpstr (text, ==, "x\"中");
          g_assert_cmpuint (length, ==, strlen ("x\"中"));
        }
      if (i == 4)
        g_assert_cmpuint (xc_json_reader_get_depth (reader), ==, 2);
    }
}

/* A string written as it goes reads back as it was, or with U+FFFD for
 * each byte that is not UTF-8; where it is UTF-8 the text is that of the
 * tree writer. */
static void
test_append_string_reads_back (void)
{
  const char *texts[] = {
    "", "plain", "中文 😀", "\"quoted\" \\ back", "\b\f\n\r\t", "\x01\x1f\x7f end",
    "a\377b", "cut \xe4\xb8", "surrogate \xed\xa0\x80", "overlong \xc0\xaf",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(XcJsonReader) reader = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_utf8_make_valid (texts[i], -1);

      xc_json_append_string (out, texts[i]);
      reader = xc_json_reader_new (out->str, out->len);
      g_assert_cmpint (xc_json_reader_next (reader, &error), ==, XC_JSON_EVENT_STRING);
      g_assert_cmpstr (xc_json_reader_get_text (reader, NULL), ==, expected);
      g_assert_cmpint (xc_json_reader_next (reader, &error), ==, XC_JSON_EVENT_END);
      g_assert_no_error (error);

      if (g_utf8_validate (texts[i], -1, NULL))
        {
          g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), texts[i]);
          g_autofree char *tree_text = xc_json_to_data (node, FALSE, NULL);

          g_assert_cmpstr (out->str, ==, tree_text);
        }
    }

  {
    g_autoptr(GString) out = g_string_new (NULL);

    xc_json_append_string (out, NULL);
    g_assert_cmpstr (out->str, ==, "null");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/json/comments-are-refused", test_comments_are_refused);
  g_test_add_func ("/core/json/single-quotes-are-refused", test_single_quotes_are_refused);
  g_test_add_func ("/core/json/hex-nan-and-infinity-are-refused", test_hex_nan_and_infinity_are_refused);
  g_test_add_func ("/core/json/leading-zeros-and-plus-are-refused", test_leading_zeros_and_plus_are_refused);
  g_test_add_func ("/core/json/trailing-data-is-refused", test_trailing_data_is_refused);
  g_test_add_func ("/core/json/lone-surrogates-are-refused", test_lone_surrogates_are_refused);
  g_test_add_func ("/core/json/nul-escape-is-refused", test_nul_escape_is_refused);
  g_test_add_func ("/core/json/raw-control-characters-are-refused", test_raw_control_characters_are_refused);
  g_test_add_func ("/core/json/invalid-utf8-is-refused", test_invalid_utf8_is_refused);
  g_test_add_func ("/core/json/duplicate-member-names-are-refused", test_duplicate_member_names_are_refused);
  g_test_add_func ("/core/json/deep-nesting-is-refused-without-recursion", test_deep_nesting_is_refused_without_recursion);
  g_test_add_func ("/core/json/positions-are-line-and-character", test_positions_are_line_and_character);
  g_test_add_func ("/core/json/events-and-text", test_events_and_text);
  g_test_add_func ("/core/json/append-string-reads-back", test_append_string_reads_back);

  return g_test_run ();
}

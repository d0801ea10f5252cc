/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the library's three-way merge. Its three designs come
 * from a server, a cache and the planner's disk, any of them damaged or
 * hostile. The input is base, mine and theirs separated by NUL bytes (JSON
 * text holds no raw NUL). */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "xiachen.h"
#include "xc-fuzz.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  xc_fuzz_init ();
  return 0;
}

/* The next NUL-separated part of @data at *@offset. */
static GBytes *
next_part (const uint8_t *data,
           size_t         size,
           size_t        *offset)
{
  const uint8_t *start = data + *offset;
  const uint8_t *end = memchr (start, '\0', size - *offset);
  size_t length = end != NULL ? (size_t) (end - start) : size - *offset;

  *offset += length + (end != NULL ? 1 : 0);
  return g_bytes_new (start, length);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  size_t offset = 0;
  g_autoptr(GBytes) base = next_part (data, size, &offset);
  g_autoptr(GBytes) mine = next_part (data, size, &offset);
  g_autoptr(GBytes) theirs = next_part (data, size, &offset);
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GBytes) only_mine = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) no_conflicts = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;

  conflicts = xc_merge_three_way (base, mine, theirs, NULL, &merged, &error);
  if (conflicts == NULL && error == NULL)
    xc_fuzz_fail ("the merge failed without saying why");
  if (conflicts != NULL && conflicts->len == 0 && merged == NULL)
    xc_fuzz_fail ("a merge without conflicts gave nothing to save");
  xc_fuzz_expect (conflicts != NULL, error != NULL ? error->message : "");

  /* What a clean merge gives is strict JSON, so it can be saved and read. */
  if (merged != NULL)
    {
      gsize length;
      const char *text = g_bytes_get_data (merged, &length);
      g_autoptr(GError) json_error = NULL;

      if (!xc_json_validate (text, length, &json_error))
        xc_fuzz_fail ("the merge wrote what the reader refuses: %s", json_error->message);
    }
  /* What the conflict sheet shows of each side. */
  for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
    for (int side = 0; side <= XC_MERGE_PICK_THEIRS; side++)
      {
        g_autofree char *text = xc_merge_conflict_dup_text (g_ptr_array_index (conflicts, i), side);

        if (text != NULL && !g_utf8_validate (text, -1, NULL))
          xc_fuzz_fail ("a conflict's text is not UTF-8");
      }

  /* Only one side changed: never a conflict. */
  g_clear_error (&error);
  no_conflicts = xc_merge_three_way (base, mine, base, NULL, &only_mine, &error);
  if (no_conflicts != NULL && no_conflicts->len > 0)
    xc_fuzz_fail ("a change on one side only gave %u conflicts", no_conflicts->len);

  g_clear_error (&error);
  changed = xc_merge_changed_records (base, mine, &error);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "xc-translation-private.h"

/* gettext looks each message up again under a lock and through the
 * locale's names: about 2 µs a call, which was a third of a national
 * design's check (tens of thousands of findings, each worded with _()).
 * Answers are remembered per thread, so workers take no lock, and
 * forgotten when glibc's catalogue counter moves (setlocale(),
 * textdomain(), bindtextdomain(), a catalogue loaded). */

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

typedef struct
{
  GHashTable *domains;    /* domain → (msgid → translation) */
  int         catalogues; /* _nl_msg_cat_cntr when filled */
} Remembered;

static void
remembered_free (gpointer data)
{
  Remembered *remembered = data;

  g_hash_table_unref (remembered->domains);
  g_free (remembered);
}

static const char untranslated[] = "";

static GPrivate remembered_key = G_PRIVATE_INIT (remembered_free);

/**
 * xc_translate:
 * @domain: the gettext domain, GETTEXT_PACKAGE
 * @msgid: the message in English
 *
 * g_dgettext(), remembering its answers: for rules that word a message
 * per finding. A plugin may define `_()` with it in its rule files.
 *
 * Returns: (transfer none): the translation, or @msgid
 */
const char *
xc_translate (const char *domain,
              const char *msgid)
{
  Remembered *remembered = g_private_get (&remembered_key);
  GHashTable *messages;
  const char *translation;
  int catalogues = 0;

  g_return_val_if_fail (domain != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

#ifdef __GLIBC__
  catalogues = _nl_msg_cat_cntr;
#else
  return g_dgettext (domain, msgid);
#endif

  if (remembered == NULL)
    {
      remembered = g_new0 (Remembered, 1);
      remembered->domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                   (GDestroyNotify) g_hash_table_unref);
      remembered->catalogues = catalogues;
      g_private_set (&remembered_key, remembered);
    }
  else if (remembered->catalogues != catalogues)
    {
      g_hash_table_remove_all (remembered->domains);
      remembered->catalogues = catalogues;
    }

  messages = g_hash_table_lookup (remembered->domains, domain);
  if (messages == NULL)
    {
      messages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (remembered->domains, g_strdup (domain), messages);
    }
  translation = g_hash_table_lookup (messages, msgid);
  if (translation == NULL)
    {
      /* gettext's catalogues stay mapped as long as the process */
      translation = g_dgettext (domain, msgid);
      g_hash_table_insert (messages, g_strdup (msgid),
                           (gpointer) (translation == msgid ? untranslated : translation));
    }
  /* the caller's own string, not the copy kept to look it up */
  return translation == untranslated ? msgid : translation;
}

/* Which catalogues messages are translated with, as a number that moves
 * when they change: findings worded under others are worded anew.
 * %FALSE where that cannot be known. */
gboolean
_xc_translation_get_catalogues (int *catalogues)
{
#ifdef __GLIBC__
  *catalogues = _nl_msg_cat_cntr;
  return TRUE;
#else
  *catalogues = 0;
  return FALSE;
#endif
}

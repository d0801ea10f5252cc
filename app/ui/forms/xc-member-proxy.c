/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-forms"

#include "config.h"

#include <string.h>

#include "xc-member-proxy.h"

/**
 * XcMemberProxy:
 *
 * A member of a record that has no property of its own — a scheme's
 * `ext.serves_towns`, a unit's `targets.new_techniques` — seen as
 * properties a form row can bind to: #XcMemberProxy:string,
 * #XcMemberProxy:number, #XcMemberProxy:boolean and #XcMemberProxy:strv,
 * each reading and writing the member in that type.
 *
 * ```c
 * g_autoptr(XcMemberProxy) towns = xc_member_proxy_new (XC_RECORD (unit), "ext.serves_towns");
 * row = xc_id_list_row_new (XC_RECORD (towns), "strv", title, towns_model);
 * ```
 *
 * Rows bound to a proxy report its owner as their record and the member's
 * path (`ext.serves_towns`) as their property, so xc_form_focus_path()
 * finds them from a finding. A number reads -1 where the member is absent
 * and writing -1 removes it. Proxies of one member of one record are
 * shared, so every row on it follows an edit made through any of them;
 * a change made to the record's JSON behind their back shows after
 * xc_member_proxy_reload().
 *
 * Paths: `ext.NAME` or `ext.NAME.KEY` (a member of an object in `ext`,
 * e.g. `ext.seconded_president.i-yongshan`) on any record, `targets.KEY`
 * on an #XcUnit.
 */
struct _XcMemberProxy
{
  XcRecord  parent_instance;

  XcRecord *owner;
  char     *path;
  char     *name;      /* the member inside ext or targets */
  gboolean  is_target;
};

G_DEFINE_FINAL_TYPE (XcMemberProxy, xc_member_proxy, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_STRING,
  PROP_NUMBER,
  PROP_BOOLEAN,
  PROP_STRV,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PROXIES_KEY "xc-member-proxies"

/* "seconded_president.i-yongshan": a member of an object in ext */
static JsonNode *
get_ext_node (XcMemberProxy *self)
{
  const char *dot = strchr (self->name, '.');
  g_autofree char *head = NULL;
  JsonNode *object;

  if (dot == NULL)
    return xc_record_get_ext_member (self->owner, self->name);

  head = g_strndup (self->name, dot - self->name);
  object = xc_record_get_ext_member (self->owner, head);
  if (object == NULL || !JSON_NODE_HOLDS_OBJECT (object))
    return NULL;
  return json_object_get_member (json_node_get_object (object), dot + 1);
}

static void
set_ext_node (XcMemberProxy *self,
              JsonNode      *node)
{
  const char *dot = strchr (self->name, '.');
  g_autofree char *head = NULL;
  JsonNode *object;

  if (dot == NULL)
    {
      xc_record_set_ext_member (self->owner, self->name, node);
      return;
    }

  head = g_strndup (self->name, dot - self->name);
  object = xc_record_get_ext_member (self->owner, head);
  if (object != NULL && JSON_NODE_HOLDS_OBJECT (object))
    {
      if (node != NULL)
        json_object_set_member (json_node_get_object (object), dot + 1, node);
      else
        json_object_remove_member (json_node_get_object (object), dot + 1);
      return;
    }
  if (node == NULL)
    return;

  /* no object there yet, or one a later version would not recognise */
  object = json_node_init_object (json_node_alloc (), json_object_new ());
  json_object_set_member (json_node_get_object (object), dot + 1, node);
  json_object_unref (json_node_get_object (object));
  xc_record_set_ext_member (self->owner, head, object);
}

static JsonNode *
get_node (XcMemberProxy *self)
{
  JsonNode *targets;

  if (!self->is_target)
    return get_ext_node (self);

  targets = json_object_get_member (xc_record_get_json (self->owner), "targets");
  if (targets == NULL || !JSON_NODE_HOLDS_OBJECT (targets))
    return NULL;
  return json_object_get_member (json_node_get_object (targets), self->name);
}

/* Targets have a setter but no way to remove one: the JSON object is the
 * only way there, and targets hold no cached values. */
static void
set_node (XcMemberProxy *self,
          JsonNode      *node)
{
  JsonObject *json;
  JsonNode *targets;

  if (!self->is_target)
    {
      set_ext_node (self, node);
      return;
    }

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && (json_node_get_value_type (node) == G_TYPE_DOUBLE
          || json_node_get_value_type (node) == G_TYPE_INT64))
    {
      xc_unit_set_target (XC_UNIT (self->owner), self->name, json_node_get_double (node));
      json_node_unref (node);
      return;
    }

  json = xc_record_get_json (self->owner);
  targets = json_object_get_member (json, "targets");
  if (targets != NULL && JSON_NODE_HOLDS_OBJECT (targets))
    json_object_remove_member (json_node_get_object (targets), self->name);
  g_clear_pointer (&node, json_node_unref);
}

static GStrv
node_to_strv (JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }
  return g_strv_builder_end (builder);
}

static void
xc_member_proxy_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  XcMemberProxy *self = XC_MEMBER_PROXY (object);
  JsonNode *node = self->owner != NULL ? get_node (self) : NULL;
  gboolean holds_value = node != NULL && JSON_NODE_HOLDS_VALUE (node);
  GType type = holds_value ? json_node_get_value_type (node) : G_TYPE_INVALID;

  switch (prop_id)
    {
    case PROP_STRING:
      g_value_set_string (value, type == G_TYPE_STRING ? json_node_get_string (node) : NULL);
      break;
    case PROP_NUMBER:
      g_value_set_double (value, type == G_TYPE_DOUBLE || type == G_TYPE_INT64
                                 ? json_node_get_double (node) : -1);
      break;
    case PROP_BOOLEAN:
      g_value_set_boolean (value, type == G_TYPE_BOOLEAN && json_node_get_boolean (node));
      break;
    case PROP_STRV:
      g_value_take_boxed (value, node_to_strv (node));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static JsonNode *
value_to_node (guint         prop_id,
               const GValue *value)
{
  JsonNode *node = NULL;

  switch (prop_id)
    {
    case PROP_STRING:
      if (g_value_get_string (value) != NULL)
        node = json_node_init_string (json_node_alloc (), g_value_get_string (value));
      break;
    case PROP_NUMBER:
      {
        double number = g_value_get_double (value);

        if (number == -1)
          break;
        /* whole numbers stay integers, as the core writes them */
        if (number == (double) (gint64) number)
          node = json_node_init_int (json_node_alloc (), (gint64) number);
        else
          node = json_node_init_double (json_node_alloc (), number);
      }
      break;
    case PROP_BOOLEAN:
      node = json_node_init_boolean (json_node_alloc (), g_value_get_boolean (value));
      break;
    case PROP_STRV:
      {
        const char * const *strv = g_value_get_boxed (value);
        JsonArray *array = json_array_new ();

        for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
          json_array_add_string_element (array, strv[i]);
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  return node;
}

static void
xc_member_proxy_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  XcMemberProxy *self = XC_MEMBER_PROXY (object);
  g_auto(GValue) current = G_VALUE_INIT;

  if (prop_id == 0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_value_init (&current, pspec->value_type);
  xc_member_proxy_get_property (object, prop_id, &current, pspec);
  if (g_param_values_cmp (pspec, &current, value) == 0
      && (prop_id != PROP_BOOLEAN || get_node (self) != NULL))
    return;

  set_node (self, value_to_node (prop_id, value));
  xc_member_proxy_reload (self);
}

static void
xc_member_proxy_dispose (GObject *object)
{
  XcMemberProxy *self = XC_MEMBER_PROXY (object);

  if (self->owner != NULL)
    {
      GHashTable *proxies = g_object_get_data (G_OBJECT (self->owner), PROXIES_KEY);

      if (proxies != NULL && g_hash_table_lookup (proxies, self->path) == self)
        g_hash_table_remove (proxies, self->path);
    }
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (xc_member_proxy_parent_class)->dispose (object);
}

static void
xc_member_proxy_finalize (GObject *object)
{
  XcMemberProxy *self = XC_MEMBER_PROXY (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (xc_member_proxy_parent_class)->finalize (object);
}

static void
xc_member_proxy_class_init (XcMemberProxyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = xc_member_proxy_dispose;
  object_class->finalize = xc_member_proxy_finalize;
  object_class->get_property = xc_member_proxy_get_property;
  object_class->set_property = xc_member_proxy_set_property;

  /**
   * XcMemberProxy:string:
   *
   * The member as a string; %NULL where it is absent or not a string.
   */
  properties[PROP_STRING] = g_param_spec_string ("string", NULL, NULL, NULL, flags);
  /**
   * XcMemberProxy:number:
   *
   * The member as a number; -1 where it is absent (writing -1 removes it).
   */
  properties[PROP_NUMBER] = g_param_spec_double ("number", NULL, NULL,
                                                 -G_MAXDOUBLE, G_MAXDOUBLE, -1, flags);
  /**
   * XcMemberProxy:boolean:
   *
   * The member as a boolean; %FALSE where it is absent.
   */
  properties[PROP_BOOLEAN] = g_param_spec_boolean ("boolean", NULL, NULL, FALSE, flags);
  /**
   * XcMemberProxy:strv:
   *
   * The strings of the member, an array; empty where it is absent.
   */
  properties[PROP_STRV] = g_param_spec_boxed ("strv", NULL, NULL, G_TYPE_STRV, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
xc_member_proxy_init (XcMemberProxy *self)
{
}

/**
 * xc_member_proxy_new:
 * @owner: the record holding the member
 * @path: `ext.NAME`, `ext.NAME.KEY`, or `targets.KEY` where @owner is an
 *   #XcUnit
 *
 * Returns: (transfer full) (nullable): the proxy of that member of @owner
 *   (the same one while it lives), or %NULL for a path it cannot reach
 */
XcMemberProxy *
xc_member_proxy_new (XcRecord   *owner,
                     const char *path)
{
  GHashTable *proxies;
  XcMemberProxy *self;
  gboolean is_target;

  g_return_val_if_fail (XC_IS_RECORD (owner), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  is_target = g_str_has_prefix (path, "targets.") && XC_IS_UNIT (owner);
  if ((!g_str_has_prefix (path, "ext.") && !is_target) || strchr (path, '.')[1] == '\0')
    {
      g_critical ("%s: no proxy reaches “%s” of a %s", G_STRFUNC, path,
                  G_OBJECT_TYPE_NAME (owner));
      return NULL;
    }

  proxies = g_object_get_data (G_OBJECT (owner), PROXIES_KEY);
  if (proxies == NULL)
    {
      proxies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (owner), PROXIES_KEY, proxies,
                              (GDestroyNotify) g_hash_table_unref);
    }

  self = g_hash_table_lookup (proxies, path);
  if (self != NULL)
    return g_object_ref (self);

  self = g_object_new (XC_TYPE_MEMBER_PROXY, NULL);
  self->owner = g_object_ref (owner);
  self->path = g_strdup (path);
  self->name = g_strdup (strchr (path, '.') + 1);
  self->is_target = is_target;
  g_hash_table_insert (proxies, g_strdup (path), self);
  return self;
}

/**
 * xc_member_proxy_get_owner:
 *
 * Returns: (transfer none): the record that holds the member
 */
XcRecord *
xc_member_proxy_get_owner (XcMemberProxy *self)
{
  g_return_val_if_fail (XC_IS_MEMBER_PROXY (self), NULL);

  return self->owner;
}

/**
 * xc_member_proxy_get_path:
 *
 * Returns: the member's path in its owner, e.g. `ext.serves_towns`
 */
const char *
xc_member_proxy_get_path (XcMemberProxy *self)
{
  g_return_val_if_fail (XC_IS_MEMBER_PROXY (self), NULL);

  return self->path;
}

/**
 * xc_member_proxy_reload:
 *
 * Tells the rows bound to @self that the member may have changed: the
 * record does not notify changes to members it has no property for.
 */
void
xc_member_proxy_reload (XcMemberProxy *self)
{
  g_return_if_fail (XC_IS_MEMBER_PROXY (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

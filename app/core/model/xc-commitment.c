/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "xc-model"

#include "config.h"

#include "xc-commitment.h"
#include "xc-record-private.h"

/**
 * XcCommitment:
 *
 * How often a role of a unit does an activity.
 */
struct _XcCommitment
{
  XcRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (XcCommitment, xc_commitment, XC_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_ACTIVITY,
  PROP_COUNT,
  PROP_PER,
  N_PROPS
};

static void
xc_commitment_class_init (XcCommitmentClass *klass)
{
  XcRecordClass *record_class = XC_RECORD_CLASS (klass);

  _xc_record_class_install_member (record_class, PROP_ROLE, "role", "role",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_ACTIVITY, "activity", "activity",
                                   XC_MEMBER_STRING, 0);
  _xc_record_class_install_member (record_class, PROP_COUNT, "count", "count",
                                   XC_MEMBER_NUMBER, 0);
  _xc_record_class_install_member (record_class, PROP_PER, "per", "per",
                                   XC_MEMBER_STRING, 0);
}

static void
xc_commitment_init (XcCommitment *self)
{
}

XcCommitment *
xc_commitment_new (void)
{
  return g_object_new (XC_TYPE_COMMITMENT, NULL);
}

const char *
xc_commitment_get_role (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "role");
}

void
xc_commitment_set_role (XcCommitment *self,
                        const char *value)
{
  g_return_if_fail (XC_IS_COMMITMENT (self));

  _xc_record_update (XC_RECORD (self), "role", value, NULL);
}

const char *
xc_commitment_get_activity (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "activity");
}

void
xc_commitment_set_activity (XcCommitment *self,
                            const char *value)
{
  g_return_if_fail (XC_IS_COMMITMENT (self));

  _xc_record_update (XC_RECORD (self), "activity", value, NULL);
}

double
xc_commitment_get_count (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), 0);

  double value = 0;

  _xc_record_get_number (XC_RECORD (self), "count", &value);
  return value;
}

void
xc_commitment_set_count (XcCommitment *self,
                         double value)
{
  g_return_if_fail (XC_IS_COMMITMENT (self));

  _xc_record_update (XC_RECORD (self), "count", value, NULL);
}

const char *
xc_commitment_get_per (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), NULL);

  return _xc_record_get_string (XC_RECORD (self), "per");
}

void
xc_commitment_set_per (XcCommitment *self,
                       const char *value)
{
  g_return_if_fail (XC_IS_COMMITMENT (self));

  _xc_record_update (XC_RECORD (self), "per", value, NULL);
}


/**
 * xc_per_get_monthly_factor:
 * @per: a commitment's `per`: week, fortnight, month, quarter or year
 *
 * Returns: how many times a month something done once @per happens, as
 *   programme-format.md fixes it, or 0 for an unknown @per
 */
double
xc_per_get_monthly_factor (const char *per)
{
  static const struct { const char *per; double factor; } factors[] = {
    { "week", 52.0 / 12.0 },
    { "fortnight", 26.0 / 12.0 },
    { "month", 1.0 },
    { "quarter", 1.0 / 3.0 },
    { "year", 1.0 / 12.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (g_strcmp0 (per, factors[i].per) == 0)
      return factors[i].factor;
  return 0;
}

/**
 * xc_commitment_get_monthly_count:
 *
 * Returns: the commitment's count normalised to a month
 */
double
xc_commitment_get_monthly_count (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), 0);

  return xc_commitment_get_count (self) * xc_per_get_monthly_factor (xc_commitment_get_per (self));
}

/* `group` is the lead and the team together. */
gboolean
xc_commitment_covers_lead (XcCommitment *self)
{
  const char *role;

  g_return_val_if_fail (XC_IS_COMMITMENT (self), FALSE);

  role = xc_commitment_get_role (self);
  return g_strcmp0 (role, "lead") == 0 || g_strcmp0 (role, "group") == 0;
}

gboolean
xc_commitment_covers_team (XcCommitment *self)
{
  const char *role;

  g_return_val_if_fail (XC_IS_COMMITMENT (self), FALSE);

  role = xc_commitment_get_role (self);
  return g_strcmp0 (role, "team") == 0 || g_strcmp0 (role, "group") == 0;
}

gboolean
xc_commitment_covers_learners (XcCommitment *self)
{
  g_return_val_if_fail (XC_IS_COMMITMENT (self), FALSE);

  return g_strcmp0 (xc_commitment_get_role (self), "learners") == 0;
}

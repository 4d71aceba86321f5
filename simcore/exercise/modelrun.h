#pragma once
// One model run (docs/model.md; docs/architecture.md: the trajectory is a pure function of the
// scenario and the logged model-changing events). The live exercise, its resume and the report's
// re-run and what-ifs all build the model here, with the same options, and apply each logged
// change here, once the model has stepped to the minute the change was made at. A test
// (tst_model_rerun) holds the report's re-run to the live trajectory bit for bit.

#include "exercise/vocab.h"
#include "model/cascade.h"
#include "scenario/scenario.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cd::exercise {

/// The options of every run of `s`'s model.
model::CascadeOptions modelOptions(const scenario::Scenario &s);
/// The model of `s` at minute 0, as every run starts it; nullptr with `error` set when the
/// graph or its shocks do not build.
std::unique_ptr<model::Cascade> createModel(const scenario::Scenario &s, QString *error);

/// One logged change of the model: a mitigation approval (response.approved) or a live shock
/// (shock.added).
struct ModelChange
{
    qint64 seq = 0;
    int madeMin = 0;       ///< minute of the event
    int effectiveMin = 0;  ///< mitigations: approval + lead; shocks: from
    std::optional<scenario::Effect> effect;
    std::optional<scenario::Shock> shock;
    QString request;  ///< response.approved: the request id
    QString response;
    QString room;
};

/// The change an event of `kind` with `payload` stands for; nullopt for every other kind (and
/// for an approval of a response the scenario does not have).
std::optional<ModelChange> modelChangeOf(const scenario::Scenario &s, Kind kind, const QJsonObject &payload);
inline std::optional<ModelChange> modelChangeOf(const scenario::Scenario &s, const Event &e)
{
    std::optional<ModelChange> c = modelChangeOf(s, kindOf(e), e.payload);
    if (c) {
        c->seq = e.seq;
        c->madeMin = e.minute;
    }
    return c;
}
/// Applies `change` to `model` at its current minute; a mitigation acts from `effectiveMin`
/// when given (the what-if "earlier"), else from its own.
void applyModelChange(model::Cascade &model, const ModelChange &change, std::optional<int> effectiveMin = {});
/// Follows one logged change: steps `model` to the minute the change was made at and applies it
/// there, as the live run did (its model desk steps each minute, then the minute's changes are
/// applied). Exercise::resume() and a controller seat's copy of the model (RemoteSeatSession)
/// follow a log with it; the model must not be past `change.madeMin`.
void followModelChange(model::Cascade &model, const ModelChange &change);
/// The model of `s` at `minute` after `changes` (in seq order, none made after `minute`): built by
/// createModel() and following each change; nullptr with `error` set when it does not build.
std::unique_ptr<model::Cascade> modelAt(const scenario::Scenario &s, const std::vector<ModelChange> &changes,
                                        int minute, QString *error);

}  // namespace cd::exercise

import Foundation
import Hummingbird
import Judgement
import Store

extension YotqaAPI {
    /// `GET /v1/silences[?include_ended=true]`: current and future silences the token may see.
    func silences(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let query = try QueryParameters(request, allowed: ["include_ended"])
        let includeEnded = try query.bool("include_ended", default: false)
        let now = Date()
        let records = try await AlertStore.silenceList(includingEnded: includeEnded, at: now, on: database)
        let visible = records.filter { caller.maySee($0.silence.service) && mayActOn($0.silence.service, caller) }
        return try JSONBody.render(SilencesBody(silences: visible.map { SilenceBody($0, at: now) }))
            .response(to: request)
    }

    /// `POST /v1/silences` with `{service, indicator, reason, ends_at, starts_at}`: managers only;
    /// audited. A token limited to some services must name one of them.
    func createSilence(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.require(.manager)
        _ = try QueryParameters(request, allowed: [])
        let body = try await RequestBody.read(
            request, limit: maxBodyBytes, allowed: ["service", "indicator", "reason", "starts_at", "ends_at"])
        let service = try body.string("service", maximum: 200)
        let indicator = try body.string("indicator", maximum: 200)
        let reason = try body.requiredString("reason")
        let now = Date()
        let startsAt = try body.instant("starts_at") ?? now
        guard let endsAt = try body.instant("ends_at") else { throw Problem.badParameter("ends_at", "is required") }
        guard service != nil || indicator != nil else {
            throw Problem.badParameter("service", "a silence needs a service, an indicator, or both")
        }
        guard mayActOn(service, caller) else {
            throw Problem.forbidden("token '\(caller.name)' may only silence its own services; name one")
        }
        try checkVisible(service, caller)
        let snapshot = try currentSnapshot()
        if let service, snapshot.service(service) == nil {
            throw Problem.badParameter("service", "no service '\(service)'")
        }
        if let indicator, snapshot.definition(indicator) == nil {
            throw Problem.badParameter("indicator", "no indicator '\(indicator)'")
        }
        guard endsAt > max(startsAt, now) else {
            throw Problem.badParameter("ends_at", "must be in the future and after starts_at")
        }
        let id = try await AlertStore.createSilence(
            service: service, indicator: indicator, reason: reason, author: caller.name, startsAt: startsAt,
            endsAt: endsAt, on: database)
        try await AuditLog.write(
            actor: caller.name, action: "silence_create", target: "silence \(id)",
            detail:
                "service \(service ?? "any") indicator \(indicator ?? "any") until \(Timestamps.text(endsAt)): \(reason)",
            on: database)
        let created = Silence(
            id: id, service: service, indicator: indicator, reason: reason, author: caller.name, startsAt: startsAt,
            endsAt: endsAt)
        return try JSONBody.render(SilenceBody(SilenceRecord(silence: created), at: now))
            .response(to: request, status: .created)
    }

    /// `POST /v1/silences/{id}/end`: ends a silence early; managers only; audited.
    func endSilence(_ request: Request, _ context: APIRequestContext) async throws -> Response {
        let caller = try context.require(.manager)
        _ = try QueryParameters(request, allowed: [])
        let id = try pathID(context)
        let now = Date()
        guard let silence = try await AlertStore.silence(id: id, on: database), caller.maySee(silence.silence.service),
            mayActOn(silence.silence.service, caller)
        else { throw Problem.notFound("no silence \(id)") }
        guard try await AlertStore.endSilence(id, by: caller.name, on: database, at: now) else {
            throw Problem(.conflict, "silence \(id) has already ended")
        }
        try await AuditLog.write(
            actor: caller.name, action: "silence_end", target: "silence \(id)", detail: "", on: database)
        let ended = SilenceRecord(silence: silence.silence, endedAt: now, endedBy: caller.name)
        return try JSONBody.render(SilenceBody(ended, at: now)).response(to: request)
    }

    /// A token limited to some services acts only on silences of one of them, never on one that
    /// covers every service.
    func mayActOn(_ service: String?, _ caller: APIToken) -> Bool {
        caller.services == nil || (service.map { caller.maySee($0) } ?? false)
    }
}

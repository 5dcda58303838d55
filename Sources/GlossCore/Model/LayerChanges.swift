extension Document {
    /// The layers whose content differs between `before` and this document, by the names stages declare
    /// in `produces`: `text`, `meta`, the standard layers, and one layer per extension key.
    ///
    /// A layer that appeared, disappeared or changed counts. `tokens` counts when a token span changed,
    /// `pos` when a tag changed (on tokens with the same spans, or on tokens that were replaced).
    ///
    /// Used to hold a stage to what it declares: a stage that changes a layer it does not produce (an `exec`
    /// child that drops the tokens, a Swift stage that rewrites `meta` by accident) is caught by comparing
    /// `after.changedLayers(since: before)` with its `produces`.
    public func changedLayers(since before: Document) -> Set<Layer> {
        var changed: Set<Layer> = []
        if text != before.text { changed.insert(.text) }
        if meta != before.meta { changed.insert(.meta) }
        if sentences != before.sentences { changed.insert(.sentences) }
        switch (before.tokens, tokens) {
        case (nil, nil): break
        case (let old?, let new?):
            let sameSpans = old.count == new.count && zip(old, new).allSatisfy { $0.start == $1.start && $0.end == $1.end }
            if sameSpans {
                if !old.elementsEqual(new, by: { $0.pos == $1.pos }) { changed.insert(.pos) }
            } else {
                changed.insert(.tokens)
                if old.contains(where: { $0.pos != nil }) || new.contains(where: { $0.pos != nil }) { changed.insert(.pos) }
            }
        case (let old, let new):
            changed.insert(.tokens)
            if (old ?? new)?.contains(where: { $0.pos != nil }) == true { changed.insert(.pos) }
        }
        if entities != before.entities { changed.insert(.entities) }
        if quotes != before.quotes { changed.insert(.quotes) }
        if summary != before.summary { changed.insert(.summary) }
        for key in Set(extensions.keys).union(before.extensions.keys) where extensions[key] != before.extensions[key] {
            changed.insert(Layer(key))
        }
        return changed
    }
}

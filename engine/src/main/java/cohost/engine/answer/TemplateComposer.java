package cohost.engine.answer;

/**
 * Says the template answer: the lead-in, the mention and the template text, a word at a time when the request has a
 * pacer (a live room, so the reply can be cut part-way), else whole. The engine's composer when no model is set, and
 * the {@link LlmComposer}'s for the answers a model does not write.
 */
public final class TemplateComposer implements Composer {

    @Override
    public void compose(StreamingReply reply, Request r) {
        String text = r.leadIn() + Templates.mention(r.names()) + r.template();
        Runnable done = () -> reply.done(r.facts().sources(), r.facts().handoff(), r.hostText());
        if (r.pacer() != null) {
            r.pacer().speak(reply, text, done);
        } else {
            reply.delta(text);
            done.run();
        }
    }
}

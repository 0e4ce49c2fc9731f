package dev.portrayal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PromptLogprobsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode response(String text, String tokens, String logprobs, String offsets) throws Exception {
        return MAPPER.readTree("{\"choices\": [{\"text\": " + MAPPER.writeValueAsString(text) + ", \"logprobs\": {\"tokens\": "
                + tokens + ", \"token_logprobs\": " + logprobs + (offsets == null ? "" : ", \"text_offset\": " + offsets) + "}}]}");
    }

    @Test
    void sumsTheTokensAfterThePrefixAndLeavesOutTheGeneratedOne() throws Exception {
        String prompt = "Answer: (B) yes";
        JsonNode r = response(prompt + "!", "[\"Answer\", \":\", \" (\", \"B\", \")\", \" yes\", \"!\"]",
                "[null, -1, -2, -0.5, -0.25, -0.125, -9]", "[0, 6, 7, 9, 10, 11, 15]");
        PromptLogprobs.Tail t = PromptLogprobs.tail(r, prompt, "Answer:".length());
        assertEquals(-2.875, t.logprob(), 1e-12);
        assertEquals(4, t.tokens());
    }

    @Test
    void countsOffsetsInCodePointsAsPythonServersDo() throws Exception {
        String prompt = "Hi \uD83D\uDE00 there: yes";   // the emoji is two chars, one code point
        JsonNode r = response(prompt, "[\"Hi\", \" \uD83D\uDE00\", \" there\", \":\", \" yes\"]", "[null, -1, -1, -1, -0.5]",
                "[0, 2, 4, 10, 11]");
        PromptLogprobs.Tail t = PromptLogprobs.tail(r, prompt, "Hi \uD83D\uDE00 there:".length());
        assertEquals(-0.5, t.logprob(), 1e-12);
        assertEquals(1, t.tokens());
        JsonNode noOffsets = response(prompt, "[\"Hi\", \" \uD83D\uDE00\", \" there\", \":\", \" yes\"]",
                "[null, -1, -1, -1, -0.5]", null);
        assertEquals(-0.5, PromptLogprobs.tail(noOffsets, prompt, "Hi \uD83D\uDE00 there:".length()).logprob(), 1e-12);
    }

    @Test
    void aLeadingBeginningOfTextTokenShiftsThePositions() throws Exception {
        String prompt = "Q: ok";
        JsonNode inText = response("<s>" + prompt, "[\"<s>\", \"Q\", \":\", \" ok\"]", "[null, -3, -2, -1]", "[0, 3, 4, 5]");
        assertEquals(-1, PromptLogprobs.tail(inText, prompt, 2).logprob(), 1e-12);
        JsonNode notInText = response(prompt + " x", "[\"<|begin_of_text|>\", \"Q\", \":\", \" ok\", \" x\"]",
                "[null, -3, -2, -1, -7]", "[0, 17, 18, 19, 22]");
        PromptLogprobs.Tail t = PromptLogprobs.tail(notInText, prompt, 2);
        assertEquals(-1, t.logprob(), 1e-12);
        assertEquals(1, t.tokens());
    }

    @Test
    void rawBytePairSpellingsOfSpacesAreReadAsSpaces() throws Exception {
        String prompt = "Answer: (B) yes";
        JsonNode r = response(prompt + "!", "[\"Answer\", \":\", \"\u0120(\", \"B\", \")\", \"\u0120yes\", \"!\"]",
                "[null, -1, -2, -0.5, -0.25, -0.125, -9]", "[0, 6, 7, 9, 10, 11, 15]");
        assertEquals(-2.875, PromptLogprobs.tail(r, prompt, "Answer:".length()).logprob(), 1e-12);
    }

    @Test
    void aResponseWithoutThePromptsLogprobsIsAnErrorNamingTheWayOut() throws Exception {
        String prompt = "Question: yes";
        JsonNode generatedOnly = response(" the", "[\" the\"]", "[-0.5]", "[0]");
        EndpointException e = assertThrows(EndpointException.class, () -> PromptLogprobs.tail(generatedOnly, prompt, 9));
        assertEquals(PromptLogprobs.NO_ECHO, e.getMessage());
        JsonNode noLogprobs = MAPPER.readTree("{\"choices\": [{\"text\": \"Question: yes the\"}]}");
        assertThrows(EndpointException.class, () -> PromptLogprobs.tail(noLogprobs, prompt, 9));
        JsonNode shortEcho = response(prompt, "[\"Question\"]", "[null]", "[0]");
        assertThrows(EndpointException.class, () -> PromptLogprobs.tail(shortEcho, prompt, 9));
    }
}

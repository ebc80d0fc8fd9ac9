// A Next.js route handler: voice in, picture and voice out, with the AI SDK's media functions and a pinned chat model.
import { openai } from '@ai-sdk/openai';
import {
  experimental_generateImage as generateImage,
  experimental_generateSpeech as generateSpeech,
  experimental_transcribe as transcribe,
  generateText,
} from 'ai';

export async function POST(req: Request): Promise<Response> {
  const transcript = await transcribe({
    model: openai.transcription('whisper-1'),
    audio: new Uint8Array(await req.arrayBuffer()),
  });
  const { text } = await generateText({ model: openai('gpt-4o-2024-08-06'), prompt: transcript.text });
  const { image } = await generateImage({ model: openai.image('dall-e-3'), prompt: text, size: '1024x1024' });
  const { audio } = await generateSpeech({ model: openai.speech('tts-1'), text, voice: 'alloy' });
  return Response.json({ text, image: image.base64, audio: audio.base64 });
}
